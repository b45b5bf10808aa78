// Expands card templates with the npm reference engine, for comparison with the C# CardTemplateExpander.
//
// stdin:  [ { "template": <json>, "data": <json> }, ... ]
// stdout: [ { "expanded": <json> } | { "error": "<message>" }, ... ] in the same order; an expanded
//         Adaptive Card also gets "events": the messages of the npm `adaptivecards` 3.0.6 parser
//         (1.5 serialization context) and its property validation, empty when the card is clean.
//
// Expansion is what adaptivecards-templating 2.3.1 documents:
//   new ACData.Template(template).expand({ $root: data })
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const ACData = require("adaptivecards-templating");
// The package's ESM entry does not load in node 20; the UMD bundle does, without a DOM.
const AC = require("adaptivecards/dist/adaptivecards.min.js");

function cardEvents(json) {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push(`parse ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) {
    events.push(`validate ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  return events;
}

function expandOne({ template, data }) {
  let expanded;
  try {
    expanded = new ACData.Template(template).expand({ $root: data });
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) };
  }
  // JSON.stringify drops undefined, as it would on the wire.
  const result = { expanded: expanded === undefined ? null : JSON.parse(JSON.stringify(expanded)) };
  if (result.expanded && result.expanded.type === "AdaptiveCard") {
    result.events = cardEvents(result.expanded);
  }
  return result;
}

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) {
  input += chunk;
}

process.stdout.write(JSON.stringify(JSON.parse(input).map(expandOne)));
