#!/bin/sh
# Print the first Python >= 3.11 found on this machine, or explain and fail.
for candidate in "${PYTHON:-}" python3 python3.11 python3.12 python3.13 \
    "$HOME/.pyenv/versions/3.13.0/bin/python3" "$HOME/.pyenv/versions/3.12.1/bin/python3" \
    "$HOME/.pyenv/versions/3.11.7/bin/python3"; do
  [ -n "$candidate" ] || continue
  path=$(command -v "$candidate" 2>/dev/null) || continue
  if "$path" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    echo "$path"
    exit 0
  fi
done
echo "Accord needs Python 3.11 or newer, and none was found. Install one (e.g. apt-get install python3.11) or set PYTHON=/path/to/python3.11." >&2
exit 1
