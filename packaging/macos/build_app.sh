#!/usr/bin/env bash
# Build ZorgDesk.app on macOS 12+ (from the repository root):
#     packaging/macos/build_app.sh
# Result: dist/ZorgDesk.app and dist/ZorgDesk-<version>.dmg (hdiutil ships with macOS).
# Without an Apple Developer ID the app is unsigned: the IB opens it the first time
# with right-click > Open. With one, set ZORGDESK_SIGN_ID to sign and notarise.
set -euo pipefail
python3 -m venv .venv-build
.venv-build/bin/python -m pip install -e ".[packaging]"
.venv-build/bin/python packaging/build.py
.venv-build/bin/python packaging/smoke_test.py dist/zorgdesk
version="$(.venv-build/bin/python -c 'import zorgdesk; print(zorgdesk.__version__)')"
if [ -n "${ZORGDESK_SIGN_ID:-}" ]; then
    codesign --deep --force --options runtime --sign "$ZORGDESK_SIGN_ID" dist/ZorgDesk.app
fi
hdiutil create -volname ZorgDesk -srcfolder dist/ZorgDesk.app -ov -format UDZO \
    "dist/ZorgDesk-$version.dmg"
