using System.Text;

namespace Sitrep.Ingest.Warc;

/// <summary>
/// A forward-only byte reader over a (possibly decompressing) stream, with the two operations WARC
/// needs: a header line of bounded length, and a counted block of bytes. It never holds more than
/// its buffer and the block asked for.
/// </summary>
internal sealed class RecordStream(Stream inner) : IDisposable
{
    private readonly byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;

    public void Dispose() => inner.Dispose();

    /// <summary>The next line without its CR LF, or null at the end; throws <see cref="InvalidDataException"/> past <paramref name="maxBytes"/>.</summary>
    public string? ReadLine(int maxBytes)
    {
        var line = new List<byte>(128);
        while (true)
        {
            if (start == end && !Fill()) return line.Count == 0 ? null : Decode(line);
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            var stop = newline < 0 ? end : newline;
            for (var i = start; i < stop; i++) line.Add(buffer[i]);
            if (line.Count > maxBytes) throw new InvalidDataException($"a header line longer than {maxBytes:N0} bytes");
            start = newline < 0 ? end : newline + 1;
            if (newline >= 0) return Decode(line);
        }
    }

    private static string Decode(List<byte> line)
    {
        var count = line.Count;
        if (count > 0 && line[count - 1] == '\r') count--;
        return Encoding.UTF8.GetString(line.ToArray(), 0, count);
    }

    /// <summary>Fills <paramref name="target"/>; returns how many bytes there were (fewer only at the end of the stream).</summary>
    public int ReadExactly(Span<byte> target)
    {
        var done = 0;
        while (done < target.Length)
        {
            if (start == end && !Fill()) break;
            var n = Math.Min(end - start, target.Length - done);
            buffer.AsSpan(start, n).CopyTo(target[done..]);
            start += n;
            done += n;
        }
        return done;
    }

    /// <summary>Passes over <paramref name="count"/> bytes without keeping them; returns how many there were.</summary>
    public long Skip(long count)
    {
        long done = 0;
        while (done < count)
        {
            if (start == end && !Fill()) break;
            var n = (int)Math.Min(end - start, count - done);
            start += n;
            done += n;
        }
        return done;
    }

    private bool Fill()
    {
        start = 0;
        end = inner.Read(buffer, 0, buffer.Length);
        return end > 0;
    }
}
