using System.Text;
using System.Text.Json;

namespace Assistant.Optimization.Network;

/// <summary>
/// The network file format (README: "Network files (what-if planning)"): snake_case JSON with
/// name, unit, integer_flows, classes, origins, hubs, destinations and lanes. Reading checks
/// everything before returning, so a refused file leaves nothing half-loaded.
/// </summary>
public static class FlowNetworkJson
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <param name="source">How messages name the input, normally the file name.</param>
    /// <exception cref="FlowNetworkError">The text is not valid JSON, or not a valid network; the message says where.</exception>
    public static FlowNetwork Parse(string json, string source = "network")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException error)
        {
            // JsonException counts lines and positions from 0; editors count from 1.
            var where = error.LineNumber is { } line ? $"line {line + 1}, position {(error.BytePositionInLine ?? 0) + 1}" : "somewhere";
            throw new FlowNetworkError($"{source}, {where}: this is not valid JSON ({FirstSentence(error.Message)}).");
        }

        using (document)
        {
            return FlowNetworkRules.Check(new FlowJsonReader(source).Read(document.RootElement), source);
        }
    }

    /// <exception cref="FlowNetworkError">The file cannot be read, or is not a valid network.</exception>
    public static FlowNetwork Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new FlowNetworkError($"{path}: the network file cannot be read ({error.Message}).");
        }

        return Parse(text, Path.GetFileName(path));
    }

    /// <summary>The network as an indented network file that <see cref="Parse"/> reads back equal.</summary>
    public static string Write(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("name", network.Name);
            json.WriteString("unit", network.Unit);
            json.WriteBoolean("integer_flows", network.IntegerFlows);
            json.WriteStartArray("classes");
            foreach (var flowClass in network.Classes)
            {
                json.WriteStringValue(flowClass);
            }

            json.WriteEndArray();
            WriteList(json, "origins", network.Origins, origin =>
            {
                json.WriteString("id", origin.Id);
                WriteCapacity(json, origin.Capacity);
            });
            WriteList(json, "hubs", network.Hubs, hub =>
            {
                json.WriteString("id", hub.Id);
                WriteMap(json, "processing_cost", hub.ProcessingCost, network.Classes);
                WriteCapacity(json, hub.Capacity);
            });
            WriteList(json, "destinations", network.Destinations, destination =>
            {
                json.WriteString("id", destination.Id);
                WriteMap(json, "demand", destination.Demand, network.Classes);
            });
            WriteList(json, "lanes", network.Lanes, lane =>
            {
                json.WriteString("from", lane.From);
                json.WriteString("to", lane.To);
                json.WriteNumber("cost_per_unit", lane.CostPerUnit);
                WriteCapacity(json, lane.Capacity);
            });
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteList<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> writeFields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeFields(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // In the order of the classes, so that written files are stable and diff well.
    private static void WriteMap(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, double> values, IReadOnlyList<string> classes)
    {
        json.WriteStartObject(name);
        foreach (var key in classes.Where(values.ContainsKey).Concat(values.Keys.Where(key => !classes.Contains(key))))
        {
            json.WriteNumber(key, values[key]);
        }

        json.WriteEndObject();
    }

    private static void WriteCapacity(Utf8JsonWriter json, double? capacity)
    {
        if (capacity is { } value)
        {
            json.WriteNumber("capacity", value);
        }
        else
        {
            json.WriteNull("capacity");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
