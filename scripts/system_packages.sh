#!/bin/sh
# Installs the Debian packages named as arguments that are not installed yet (apt-get as root, or
# through sudo); says what is missing and how to install it when neither is possible.
set -eu
missing=""
for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0
echo "installing Debian packages:$missing"
if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q $missing >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q $missing >/dev/null; }
elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get install -y -q $missing >/dev/null || { sudo apt-get update -q >/dev/null && sudo apt-get install -y -q $missing >/dev/null; }
else
    echo "bantin needs these Debian packages: apt-get install$missing" >&2
    exit 1
fi
