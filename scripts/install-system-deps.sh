#!/usr/bin/env bash
# Installs the Debian packages the test suite needs on a fresh machine. Today: none beyond Node.js, python3 and g++
# (node-llama-cpp ships a CPU prebuilt on npm). Later capabilities add theirs here (ffmpeg, espeak-ng, chromium).
set -euo pipefail
packages=()
missing=()
for package in "${packages[@]}"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
