"""The analyser's version, apart from the analyser.

Opening the window asks whether the library's analyses are up to date (one
``meta`` row against this number); loading the analyser itself (its patterns
compile for about half a second) waits until an article is analysed.
``desktop.core.parse`` re-exports it.
"""

#: bump whenever the analyser's output changes: the library re-analyses older rows
ANALYSER_VERSION: int = 112
