# Shared set-up for scripts/run-app and scripts/run-tests (sourced, not run).
# Installs the system libraries Qt needs (Debian/Ubuntu), makes .venv and
# installs the project into it. Safe to run again: each step is skipped when
# already done.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${GIAOBAN_VENV:-$REPO/.venv}"
PYTHON="${PYTHON:-python3}"

# Libraries PySide6-Essentials loads (offscreen and on a real X11/Wayland screen).
SYSTEM_PACKAGES=(libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6
  libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core
  fonts-noto-color-emoji
  python3-venv)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install these system packages first: ${missing[*]}" >&2; return 0; fi
  fi
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || \
    echo "warning: could not install some system packages: ${missing[*]}" >&2
}

make_venv() {
  local extras="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
  fi
  local stamp="$VENV/.giaoban-installed-$extras"
  local want
  want="$(cat "$REPO/pyproject.toml" | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$VENV/bin/python" -m pip install -q -e "$REPO[$extras]"
    echo "$want" > "$stamp"
  fi
}
