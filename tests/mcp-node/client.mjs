// A second, independent MCP client for `assistant mcp`: the official TypeScript SDK's Client over
// its StdioClientTransport. It starts the server given on the command line, lists the tools, calls
// a network lookup, a forecast, a what-if and a lookup of an unknown site, and prints what came back
// as one JSON object on stdout. The xunit test (McpNodeClientTests) runs it and checks the values.
//
//   node client.mjs <server command> [server args...]     e.g. node client.mjs ../../assistant mcp
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node client.mjs <server command> [server args...]");
  process.exit(2);
}

// The SDK passes only a few safe variables (HOME, PATH, ...) to the server unless told otherwise;
// the server needs the caller's Assistant__Database and the .NET variables, so it gets them all.
const transport = new StdioClientTransport({ command, args, env: { ...process.env }, stderr: "inherit" });
const client = new Client({ name: "assistant-mcp-node-client", version: "1.0.0" });

// A forecast on a fresh store fits its models first: allow more than the SDK's 60 s default.
const slow = { timeout: 180_000 };

async function call(name, args) {
  const result = await client.callTool({ name, arguments: args }, undefined, slow);
  const text = result.content.filter((c) => c.type === "text").map((c) => c.text).join("");
  return result.isError ? { isError: true, text } : { isError: false, json: JSON.parse(text) };
}

try {
  await client.connect(transport);
  const { tools } = await client.listTools();
  const output = {
    server: client.getServerVersion(),
    tools: tools.map((t) => ({
      name: t.name,
      description: t.description ?? null,
      properties: Object.keys(t.inputSchema?.properties ?? {}),
      required: t.inputSchema?.required ?? [],
    })),
    describeSite: await call("describe_site", { site: "SEA4" }),
    forecastVolume: await call("forecast_volume", { site: "SEA4", days: 7 }),
    whatIf: await call("what_if", {
      network: "three-region.json",
      changes: [{ kind: "scale_demand", site: "DS1", factor: 1.2 }],
    }),
    unknownSite: await call("describe_site", { site: "XYZ9" }),
  };
  console.log(JSON.stringify(output));
} finally {
  await client.close();
}
