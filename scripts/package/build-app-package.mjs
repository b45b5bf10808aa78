#!/usr/bin/env node
// Builds the Teams app package for one environment: fills the placeholders of manifest/manifest.json,
// adds the command lists from manifest/commands.json, validates the result against the Teams schema
// bundled by @microsoft/app-manifest (offline), and writes a flat zip. See scripts/build-app-package.sh.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeZip } from "./zip.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const manifestDir = join(root, "manifest");

// Placeholder name → command-line option. Order is the order of the "missing" message.
const SETTINGS = {
  BOT_ID: "bot-id",
  BOT_DOMAIN: "domain",
  APP_VERSION: "version",
  TEAMS_APP_ID: "app-id",
  DEVELOPER_NAME: "developer-name",
  WEBSITE_URL: "website-url",
  PRIVACY_URL: "privacy-url",
  TERMS_URL: "terms-url",
};
const DEFAULTS = { APP_VERSION: "1.0.0" };
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const MAX_COMMANDS_PER_LIST = 10;

class UsageError extends Error {}

function parseEnvFile(path) {
  const values = {};
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith("#")) continue;
    let value = match[2];
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      try {
        value = JSON.parse(value);
      } catch {
        value = value.slice(1, -1);
      }
    } else if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) {
      value = value.slice(1, -1);
    }
    values[match[1]] = value;
  }
  return values;
}

function readSettings(argv) {
  const options = { out: { type: "string" }, "env-file": { type: "string" }, help: { type: "boolean", short: "h" } };
  for (const option of Object.values(SETTINGS)) options[option] = { type: "string" };
  const { values: args, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  if (args.help) return { help: true };
  if (positionals.length > 1) throw new UsageError(`expected one environment name, got: ${positionals.join(" ")}`);
  const env = positionals[0] ?? process.env.AZURE_ENV_NAME;
  if (!env || !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(env))
    throw new UsageError("give the environment name (letters, digits and '-'), e.g. build-app-package.sh dev");

  // azd writes the Bicep outputs (BOT_ID, BOT_DOMAIN, ...) and `azd env set` values to this file.
  const envFile = args["env-file"] ? resolve(args["env-file"]) : join(root, ".azure", env, ".env");
  if (args["env-file"] && !existsSync(envFile)) throw new UsageError(`no such env file: ${args["env-file"]}`);
  const fromFile = existsSync(envFile) ? parseEnvFile(envFile) : {};

  const settings = {};
  for (const [name, option] of Object.entries(SETTINGS)) {
    const value = args[option] ?? process.env[name] ?? fromFile[name] ?? DEFAULTS[name];
    if (value !== undefined && value !== "") settings[name] = value.trim();
  }
  settings.TEAMS_APP_ID ??= settings.BOT_ID;

  // TEAMS_APP_ID is only missing when BOT_ID is, so it is not named twice.
  const missing = Object.keys(SETTINGS).filter((name) => name !== "TEAMS_APP_ID" && settings[name] === undefined);
  if (missing.length)
    throw new UsageError(
      `missing ${missing.join(", ")}: pass ${missing.map((n) => `--${SETTINGS[n]}`).join(", ")}, ` +
        `set them in the environment, or run 'azd env set NAME VALUE' for environment '${env}'`,
    );
  const problems = [];
  if (!GUID.test(settings.BOT_ID)) problems.push(`BOT_ID must be a GUID (the bot's app id), not '${settings.BOT_ID}'`);
  if (!GUID.test(settings.TEAMS_APP_ID)) problems.push(`TEAMS_APP_ID must be a GUID, not '${settings.TEAMS_APP_ID}'`);
  if (!HOST.test(settings.BOT_DOMAIN))
    problems.push(`BOT_DOMAIN must be a host name such as app-x.azurewebsites.net (no https://, no path), not '${settings.BOT_DOMAIN}'`);
  if (!/^\d+\.\d+\.\d+$/.test(settings.APP_VERSION))
    problems.push(`APP_VERSION must be major.minor.patch (Teams needs a higher one for each update), not '${settings.APP_VERSION}'`);
  for (const name of ["WEBSITE_URL", "PRIVACY_URL", "TERMS_URL"])
    if (!/^https:\/\/[^\s/]+/.test(settings[name])) problems.push(`${name} must be an https:// address, not '${settings[name]}'`);
  if (problems.length) throw new UsageError(problems.join("\n"));

  const out = args.out ? resolve(args.out) : join(root, "artifacts", `appPackage.${env}.zip`);
  return { env, settings, out };
}

/** Replaces ${{NAME}} in every string of the manifest; an unknown name is an error. */
function fill(node, settings) {
  if (typeof node === "string")
    return node.replace(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name) => {
      if (!(name in settings)) throw new UsageError(`manifest.json uses an unknown placeholder \${{${name}}}`);
      return settings[name];
    });
  if (Array.isArray(node)) return node.map((item) => fill(item, settings));
  if (node && typeof node === "object")
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value, settings)]));
  return node;
}

/** One command list per bot scope, in the bot's scope order, from manifest/commands.json. */
function commandLists(botScopes) {
  const { commands } = JSON.parse(readFileSync(join(manifestDir, "commands.json"), "utf8"));
  const names = new Set();
  for (const command of commands) {
    // One word, or two ("my work"): the bot's router reads the longer name first.
    if (!/^[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)?$/.test(command.name)) throw new UsageError(`commands.json: bad command name '${command.name}'`);
    if (names.has(command.name)) throw new UsageError(`commands.json: '${command.name}' is listed twice`);
    names.add(command.name);
    for (const scope of command.scopes)
      if (!botScopes.includes(scope)) throw new UsageError(`commands.json: '${command.name}' names scope '${scope}' the bot lacks`);
  }
  const lists = [];
  for (const scope of botScopes) {
    const inScope = commands.filter((c) => c.scopes.includes(scope));
    if (inScope.length > MAX_COMMANDS_PER_LIST)
      throw new UsageError(`commands.json: ${inScope.length} commands for scope ${scope}; Teams shows at most ${MAX_COMMANDS_PER_LIST}`);
    if (inScope.length)
      lists.push({ scopes: [scope], commands: inScope.map((c) => ({ title: c.name, description: c.description })) });
  }
  return lists;
}

function pngSize(bytes) {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature || bytes.toString("ascii", 12, 16) !== "IHDR")
    return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function readIcon(file, size) {
  const bytes = readFileSync(join(manifestDir, file));
  const actual = pngSize(bytes);
  if (!actual || actual[0] !== size || actual[1] !== size)
    throw new UsageError(`manifest/${file} must be a ${size}×${size} PNG (node scripts/package/make-icons.mjs draws it)`);
  return bytes;
}

async function main() {
  const parsed = readSettings(process.argv.slice(2));
  if (parsed.help) {
    const header = readFileSync(join(root, "scripts", "build-app-package.sh"), "utf8").split("\n").slice(1);
    const comment = header.slice(0, header.findIndex((line) => !line.startsWith("#")));
    process.stdout.write(comment.map((line) => line.replace(/^# ?/, "")).join("\n") + "\n");
    return;
  }
  const { env, settings, out } = parsed;
  const template = JSON.parse(readFileSync(join(manifestDir, "manifest.json"), "utf8"));
  const manifest = fill(template, settings);
  manifest.bots[0].commandLists = commandLists(manifest.bots[0].scopes);

  const require = createRequire(import.meta.url);
  const { AppManifestUtils } = require("@microsoft/app-manifest");
  const failures = await AppManifestUtils.validateAgainstSchema(manifest);
  if (failures.length) throw new UsageError(`the manifest for ${env} does not match its schema:\n  ${failures.join("\n  ")}`);

  const zip = writeZip([
    { name: "manifest.json", data: Buffer.from(JSON.stringify(manifest, null, 2) + "\n", "utf8") },
    { name: manifest.icons.color, data: readIcon(manifest.icons.color, 192) },
    { name: manifest.icons.outline, data: readIcon(manifest.icons.outline, 32) },
  ]);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  process.stdout.write(`app package for ${env}: ${relative(process.cwd(), out) || out}\n`);
}

main().catch((error) => {
  const usage = error instanceof UsageError || error?.code?.startsWith?.("ERR_PARSE_ARGS");
  process.stderr.write(`build-app-package: ${usage ? error.message : error.stack}\n`);
  process.exit(usage ? 2 : 1);
});
