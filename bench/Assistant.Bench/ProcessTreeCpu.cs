using System.Globalization;

namespace Assistant.Bench;

/// <summary>
/// CPU time of a process and its descendants, read from /proc (Linux). The server hands solves
/// to worker processes, so its own CPU time alone would leave out the solver's share.
/// </summary>
public static class ProcessTreeCpu
{
    public static double Milliseconds(int rootId)
    {
        var stats = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            try
            {
                // Fields after the command name, which is in parentheses and may hold spaces:
                // state ppid ... utime (14th field overall) stime (15th).
                var text = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                stats[id] = (parent, ticks);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while we read it.
            }
        }

        var total = 0L;
        var pending = new Stack<int>([rootId]);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (stats.TryGetValue(id, out var own))
            {
                total += own.Ticks;
            }

            foreach (var (child, _) in stats.Where(s => s.Value.Parent == id))
            {
                pending.Push(child);
            }
        }

        // Linux reports these times in clock ticks of 1/100 s (USER_HZ).
        return total * 10.0;
    }
}
