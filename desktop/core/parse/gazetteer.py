"""The gazetteer, for the analyser's modules (it lives in ``desktop.core.gazetteer``).

The table is plain data and is also read at start-up (the province filter's
counts), where importing ``desktop.core.parse`` (its patterns compile for half
a second) is not wanted; so it sits outside this package.
"""

from desktop.core.gazetteer import (  # noqa: F401
    EXCLUDE_CONTEXT,
    FORMER_PROVINCES,
    ONE_WORD_FORMS,
    PROVINCES_34,
    PROVINCES_63,
    SAME_UNIT,
    VARIANTS,
    all_keys,
    unit_of,
)
