// The Teams app package: built by scripts/build-app-package.sh for a test environment into a temp
// folder, then read back as Teams would read it. Run with: node --test tests/deploy/
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { crc32 } from "../../scripts/package/crc32.mjs";
import { colorIcon, outlineIcon } from "../../scripts/package/make-icons.mjs";
import { decodePng, pngSize } from "./read-png.mjs";
import { readZip } from "./read-zip.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
const { AppManifestUtils } = require("@microsoft/app-manifest");
const run = promisify(execFile);

const BOT_ID = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const DOMAIN = "app-test123.azurewebsites.net";
const VALUES = [
  "--bot-id", BOT_ID,
  "--domain", DOMAIN,
  "--version", "1.2.3",
  "--developer-name", "Testshire Partnership",
  "--website-url", "https://testshire.example/",
  "--privacy-url", "https://testshire.example/privacy",
  "--terms-url", "https://testshire.example/terms",
];
const commands = JSON.parse(readFileSync(join(root, "manifest", "commands.json"), "utf8")).commands;

let work;
let entries;
let manifest;

/** Runs the build script with none of its settings inherited from the caller's environment or an azd folder. */
function buildPackage(args) {
  const env = { ...process.env };
  for (const name of ["BOT_ID", "BOT_DOMAIN", "APP_VERSION", "TEAMS_APP_ID", "DEVELOPER_NAME", "WEBSITE_URL", "PRIVACY_URL", "TERMS_URL", "AZURE_ENV_NAME"])
    delete env[name];
  return run("bash", [join(root, "scripts", "build-app-package.sh"), "test", "--env-file", "/dev/null", ...args], { cwd: root, env });
}

async function refused(args) {
  const error = await buildPackage(args).then(
    () => assert.fail("the build should have been refused"),
    (e) => e,
  );
  assert.equal(error.code, 2, error.stderr);
  return error.stderr;
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), "app-package-"));
  const out = join(work, "appPackage.test.zip");
  await buildPackage([...VALUES, "--out", out]);
  entries = readZip(readFileSync(out));
  manifest = JSON.parse(entries.get("manifest.json").toString("utf8"));
});

after(() => rmSync(work, { recursive: true, force: true }));

test("the package is a flat zip of manifest.json and the two icons", () => {
  assert.deepEqual([...entries.keys()].sort(), ["color.png", "manifest.json", "outline.png"]);
});

test("the manifest is valid against the newest numbered Teams schema bundled by @microsoft/app-manifest", async () => {
  const bundled = readdirSync(join(root, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams"))
    .map((folder) => /^v1\.(\d+)$/.exec(folder)?.[1])
    .filter(Boolean)
    .map(Number);
  const newest = `1.${Math.max(...bundled)}`;
  assert.equal(manifest.manifestVersion, newest);
  assert.equal(manifest.$schema, `https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`);
  assert.deepEqual(await AppManifestUtils.validateAgainstSchema(manifest), []);
});

test("every placeholder is filled with the environment's values", () => {
  assert.doesNotMatch(entries.get("manifest.json").toString("utf8"), /\$\{\{/);
  assert.equal(manifest.id, BOT_ID);
  assert.equal(manifest.version, "1.2.3");
  assert.equal(manifest.bots[0].botId, BOT_ID);
  assert.deepEqual(manifest.validDomains, [DOMAIN]);
  assert.deepEqual(manifest.webApplicationInfo, { id: BOT_ID, resource: `api://${DOMAIN}/${BOT_ID}` });
  assert.equal(manifest.developer.privacyUrl, "https://testshire.example/privacy");
});

test("the bot works in teams, group chats and personal chat, sending files (the chronology export) in personal chat, and may read channel members", () => {
  const [bot] = manifest.bots;
  assert.deepEqual(bot.scopes, ["team", "groupChat", "personal"]);
  assert.equal(bot.supportsFiles, true);
  assert.deepEqual(manifest.authorization.permissions.resourceSpecific, [{ name: "ChannelMember.Read.Group", type: "Application" }]);
});

test("the command lists are the commands of commands.json, one list per scope", () => {
  const lists = manifest.bots[0].commandLists;
  assert.ok(lists.length <= 3);
  for (const list of lists) {
    assert.equal(list.scopes.length, 1);
    const expected = commands.filter((c) => c.scopes.includes(list.scopes[0]));
    assert.deepEqual(list.commands, expected.map((c) => ({ title: c.name, description: c.description })));
    assert.ok(list.commands.length <= 10);
  }
  // A command with no scopes is typed or asked for in plain words, not offered in a menu.
  const listed = new Set(lists.flatMap((list) => list.commands.map((c) => c.title)));
  assert.deepEqual([...listed].sort(), commands.filter((c) => c.scopes.length > 0).map((c) => c.name).sort());
  assert.deepEqual(lists.map((l) => l.scopes[0]), ["team", "groupChat", "personal"]);
});

test("the colour icon is a 192×192 PNG", () => {
  const png = entries.get(manifest.icons.color);
  assert.deepEqual(pngSize(png), { width: 192, height: 192 });
  const { rgba } = decodePng(png);
  const colours = new Set();
  for (let i = 0; i < rgba.length; i += 4) colours.add(rgba.readUInt32BE(i));
  assert.ok(colours.size > 2, "a real icon, not a flat square");
});

test("the outline icon is a 32×32 PNG, white on transparent", () => {
  const png = entries.get(manifest.icons.outline);
  assert.deepEqual(pngSize(png), { width: 32, height: 32 });
  const { width, rgba } = decodePng(png);
  let opaque = 0;
  let transparent = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = rgba[i + 3];
    if (alpha === 0) transparent++;
    else assert.deepEqual([...rgba.subarray(i, i + 3)], [255, 255, 255], `pixel ${i / 4} is visible but not white`);
    if (alpha === 255) opaque++;
  }
  assert.ok(opaque >= 50, `only ${opaque} opaque pixels`);
  assert.ok(transparent >= 512, `only ${transparent} transparent pixels`);
  for (const corner of [0, width - 1, width * (width - 1), width * width - 1]) assert.equal(rgba[corner * 4 + 3], 0);
});

test("the committed icons are what scripts/package/make-icons.mjs draws", () => {
  assert.ok(readFileSync(join(root, "manifest", "color.png")).equals(colorIcon()), "run node scripts/package/make-icons.mjs");
  assert.ok(readFileSync(join(root, "manifest", "outline.png")).equals(outlineIcon()), "run node scripts/package/make-icons.mjs");
});

test("the zip checksum is CRC-32", () => {
  assert.equal(crc32(Buffer.from("123456789")), 0xcbf43926);
});

test("missing values are refused, naming each one", async () => {
  const stderr = await refused(["--domain", DOMAIN]);
  for (const name of ["BOT_ID", "DEVELOPER_NAME", "WEBSITE_URL", "PRIVACY_URL", "TERMS_URL"]) assert.match(stderr, new RegExp(name));
  assert.doesNotMatch(stderr, /BOT_DOMAIN/);
});

test("a manifest the schema refuses is not packaged", async () => {
  const out = join(work, "refused.zip");
  const tooLong = "A developer name well over thirty-two characters";
  const args = VALUES.map((value, i) => (VALUES[i - 1] === "--developer-name" ? tooLong : value));
  const stderr = await refused([...args, "--out", out]);
  assert.match(stderr, /\/developer\/name/);
  assert.equal(existsSync(out), false);
});

test("a domain given as a URL is refused", async () => {
  const args = VALUES.map((value, i) => (VALUES[i - 1] === "--domain" ? `https://${DOMAIN}/` : value));
  assert.match(await refused(args), /BOT_DOMAIN must be a host name/);
});
