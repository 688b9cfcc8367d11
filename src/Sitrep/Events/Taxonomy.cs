using System.Collections.Frozen;
using Sitrep.Resources;

namespace Sitrep.Events;

/// <summary>The event classes of <c>Events/event-classes.tsv</c> with their GTD and ACLED types.</summary>
public sealed class Taxonomy
{
    public const string UnknownAttackType = "Unknown";

    private readonly FrozenDictionary<string, EventClass> _classes;

    public Taxonomy(ResourceTable table)
    {
        var classes = new Dictionary<string, EventClass>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var cls = new EventClass(row["class"], row["gtd"], row["acled_event"], row["acled_sub"], row.Optional("weapon"), row.Optional("weapon_sub"));
            if (!classes.TryAdd(cls.Name, cls)) throw row.Error($"class '{cls.Name}' listed twice.");
        }
        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static Taxonomy Default { get; } = new(ResourceTable.Load("Events/event-classes.tsv"));

    public EventClass this[string name] =>
        _classes.TryGetValue(name, out var cls) ? cls : throw new KeyNotFoundException($"No event class '{name}' in event-classes.tsv.");

    public bool Contains(string name) => _classes.ContainsKey(name);
}
