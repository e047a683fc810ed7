# The static web front ends in web-admin/ (the admin console under /admin/ and the default sign-in
# pages under /auth-views/), built with npm and Vite into web-admin/dist/, which nginx serves. Shared by deploy/run.sh and
# tests/run.sh.

# Prints the sources newer than the built sign-in page (or nothing when the build is current).
ui_changed_sources() {  # DIR
  find "$1/src" "$1/vite.config.ts" "$1/tsconfig.json" "$1/package.json" "$1/package-lock.json" \
    -newer "$1/dist/auth-views/signin/index.html" -print 2>/dev/null | head -n 3
}

# build_ui ROOT: runs `npm ci` and `npm run build` in ROOT/web-admin when its dist/ is missing or
# older than a source. Needs Node.js >= 20.19 (Vite 7) and npm.
build_ui() {
  local root=${1:?usage: build_ui ROOT}
  local dir=$root/web-admin
  local built=$dir/dist/auth-views/signin/index.html
  local log=$root/build/web-admin.log
  if [ ! -f "$dir/package-lock.json" ]; then
    echo "build_ui: $dir/package-lock.json is missing" >&2
    return 1
  fi
  if [ -f "$built" ] && [ -f "$dir/dist/admin/index.html" ] && [ -z "$(ui_changed_sources "$dir")" ]; then
    echo "Web pages are up to date in $dir/dist"
    return 0
  fi
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "build_ui: node and npm are needed to build $dir" >&2
    return 1
  fi
  if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number);
      process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
    echo "build_ui: Node.js $(node --version) is too old for Vite 7; 20.19 or newer is needed" >&2
    return 1
  fi
  if [ -f "$built" ]; then
    echo "Building the web pages in $dir (changed: $(ui_changed_sources "$dir" | tr '\n' ' '))"
  else
    echo "Building the web pages in $dir"
  fi
  mkdir -p "$root/build"
  if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && npm run build) >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "build_ui: npm ci or npm run build failed in $dir; the whole log is $log" >&2
    return 1
  fi
  if [ ! -f "$built" ] || [ ! -f "$dir/dist/admin/index.html" ]; then
    echo "build_ui: the build did not write $built and $dir/dist/admin/index.html; see $log" >&2
    return 1
  fi
  echo "Web pages built in $dir/dist"
}
