// Copy the built files the explorer serves, with their licences, from node_modules into the package,
// and record each library's version in vendor/VERSIONS.json.  Run: npm ci && npm run vendor
import { copyFileSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const vendor = "src/dyads/server/web/static/vendor";
const libraries = [{ name: "d3", files: ["dist/d3.min.js"], licence: "LICENSE" }];

mkdirSync(vendor, { recursive: true });
const versions = {};
for (const lib of libraries) {
  const root = join("node_modules", lib.name);
  const meta = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  for (const file of lib.files) copyFileSync(join(root, file), join(vendor, file.split("/").pop()));
  copyFileSync(join(root, lib.licence), join(vendor, `${lib.name}.LICENSE.txt`));
  versions[lib.name] = { version: meta.version, license: meta.license, files: lib.files.map((f) => f.split("/").pop()) };
}
writeFileSync(join(vendor, "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
