#!/usr/bin/env bash
# Builds the Teams app package (a flat zip: manifest.json, color.png, outline.png) for one environment.
#
#   scripts/build-app-package.sh ENV [options]
#
# Writes artifacts/appPackage.ENV.zip (or --out PATH). Each value comes from, first to last: the option,
# an environment variable of the same name, the azd environment file .azure/ENV/.env (azd puts the
# Bicep outputs BOT_ID and BOT_DOMAIN there after `azd provision`; add the others with `azd env set`),
# or the default.
#
#   --bot-id ID            BOT_ID          the bot's app id (the managed identity's client id)    required
#   --domain HOST          BOT_DOMAIN      the bot's host, e.g. app-x.azurewebsites.net            required
#   --version X.Y.Z        APP_VERSION     app version; raise it for every update                  1.0.0
#   --app-id ID            TEAMS_APP_ID    the Teams app's id                                      BOT_ID
#   --developer-name NAME  DEVELOPER_NAME  who publishes the app (at most 32 characters)           required
#   --website-url URL      WEBSITE_URL     https:// page about the service                         required
#   --privacy-url URL      PRIVACY_URL     https:// privacy notice                                 required
#   --terms-url URL        TERMS_URL       https:// terms of use                                   required
#   --env-file PATH        read values from this file instead of .azure/ENV/.env
#   --out PATH             where to write the zip
#
# The command lists come from manifest/commands.json. The manifest is validated offline against the
# Teams schema that npm @microsoft/app-manifest bundles; the package is written only if it is valid.
# Exit codes: 0 written, 2 missing or invalid input (the message says which), 1 anything else.
# Example: scripts/build-app-package.sh dev --bot-id 00000000-0000-0000-0000-000000000000 \
#   --domain app-x.azurewebsites.net --developer-name "Anyshire Safeguarding Partnership" \
#   --website-url https://example.org/ --privacy-url https://example.org/privacy --terms-url https://example.org/terms
set -euo pipefail
exec node "$(dirname "$0")/package/build-app-package.mjs" "$@"
