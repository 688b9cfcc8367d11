using System.Collections.Concurrent;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// What an outlet's host or site name says, read once per key: an outlet's pages share them. Up to
/// <see cref="MaxRemembered"/> keys are kept, so a long run stays small; past that each is read again.
/// </summary>
public sealed class ReadOnce<TValue>(Func<string, TValue> read, IEqualityComparer<string> comparer)
{
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, TValue> _known = new(comparer);

    public TValue this[string key]
    {
        get
        {
            if (_known.TryGetValue(key, out var known)) return known;
            var value = read(key);
            if (_known.Count < MaxRemembered) _known.TryAdd(key, value);
            return value;
        }
    }
}
