using System.IO.Compression;
using Sitrep.Documents;
using Sitrep.Ingest.Feeds;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.Warc;

namespace Sitrep.Ingest;

/// <summary>
/// Reads the inputs named on the command line: files, folders (recursively, in a stable order)
/// and standard input. Yields one item per article, per failure or per record passed over,
/// lazily, so that a batch is streamed and one broken input never stops the rest. Each file goes
/// to the reader of its kind (<see cref="InputKinds"/>): text whole, pages and feeds whole within
/// the file size limit, JSON Lines and WARC archives record by record.
/// </summary>
public sealed class InputReader(ReadLimits limits)
{
    public const string StandardInput = "-";

    /// <summary>Bytes read to tell an input's kind by its content.</summary>
    private const int SniffBytes = 4096;

    public static InputReader Default { get; } = new(ReadLimits.Default);

    /// <param name="published">Publication date for inputs that carry none.</param>
    /// <param name="stdin">Standard input, read when a path is "-".</param>
    public IEnumerable<InputItem> Read(IEnumerable<string> paths, PublicationDate? published, TextReader? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                foreach (var item in ReadStandardInput(stdin ?? Console.In, published)) yield return item with { Input = path };
                continue;
            }
            if (Directory.Exists(path))
            {
                foreach (var item in ReadFolder(path, published)) yield return item;
                continue;
            }
            if (!File.Exists(path))
            {
                yield return InputItem.Failed(path, "no such file or folder", "missing file") with { Input = path };
                continue;
            }
            foreach (var item in ReadFile(path, published)) yield return item with { Input = path };
        }
    }

    /// <summary>Standard input is text, or an HTML page or a feed when it starts like one.</summary>
    private IEnumerable<InputItem> ReadStandardInput(TextReader stdin, PublicationDate? published)
    {
        var text = stdin.ReadToEnd();
        if (text.Length == 0) return [InputItem.Failed("-", "standard input is empty", "empty input")];
        switch (InputKinds.Markup(text.AsSpan(0, Math.Min(text.Length, SniffBytes))))
        {
            case InputKind.Html:
                var reading = HtmlArticleReader.Default.Read(text, "stdin", null, "-", published);
                return [reading.Article is null ? InputItem.Failed("-", reading.Problem!, "no article text") : InputItem.Read(reading.Article, "-")];
            case InputKind.Feed:
                return FeedReader.Read("-", text, published, limits);
            default:
                return [InputItem.Read(new Article("stdin", text) { Published = published, Source = "-" }, "-")];
        }
    }

    /// <summary>A file's name without its extensions: "crawl.warc.gz" and "crawl.warc" are "crawl".</summary>
    public static string Stem(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        return Path.GetFileNameWithoutExtension(name);
    }

    private IEnumerable<InputItem> ReadFolder(string folder, PublicationDate? published)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        // A folder linked into itself must not be walked forever: each real folder is read once.
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!visited.Add(RealPath(current))) continue;
            string[] files, folders;
            string? problem = null;
            try
            {
                files = Directory.GetFiles(current);
                folders = Directory.GetDirectories(current);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                files = folders = [];
                problem = $"cannot list the folder: {e.Message}";
            }
            if (problem is not null)
            {
                yield return InputItem.Failed(current, problem, "unreadable folder") with { Input = current };
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (Path.GetFileName(file).StartsWith('.')) continue; // hidden files: editor and system litter
                foreach (var item in ReadFile(file, published)) yield return item with { Input = file };
            }
            Array.Sort(folders, StringComparer.Ordinal);
            for (var i = folders.Length - 1; i >= 0; i--)
                if (!Path.GetFileName(folders[i]).StartsWith('.')) pending.Push(folders[i]);
        }
    }

    private IEnumerable<InputItem> ReadFile(string path, PublicationDate? published)
    {
        if (!TrySniff(path, out var head, out var problem))
        {
            yield return InputItem.Failed(path, problem!, "unreadable file");
            yield break;
        }
        var kind = InputKinds.Detect(path, head);
        IEnumerable<InputItem> items = kind switch
        {
            // Streamed record by record: an archive or corpus of any size never sits in memory whole.
            InputKind.Warc => WarcReader.Read(path, published, limits),
            InputKind.JsonLines => JsonLinesReader.Read(path, published, limits),
            InputKind.Text or InputKind.Html or InputKind.Feed or InputKind.Gzip => ReadWhole(path, kind, published),
            _ => [InputItem.Failed(path, Path.GetExtension(path).Length == 0
                ? "not a supported input kind (no extension, and the content is not HTML, a feed or WARC): give .txt, .md, .html, .jsonl, .xml, .rss, .atom, .warc or .warc.gz"
                : $"not a supported input kind ({Path.GetExtension(path)}): give .txt, .md, .html, .jsonl, .xml, .rss, .atom, .warc or .warc.gz", "unsupported input kind")],
        };
        foreach (var item in items) yield return item;
    }

    /// <summary>Inputs read whole (text, a page, a feed, a gzipped page): bounded by the file size limit, decompressed size included.</summary>
    private IEnumerable<InputItem> ReadWhole(string path, InputKind kind, PublicationDate? published)
    {
        if (!TryReadBytes(path, kind == InputKind.Gzip, out var bytes, out var problem))
        {
            yield return InputItem.Failed(path, problem!, problem!.Contains("limit", StringComparison.Ordinal) ? "too large" : "unreadable file");
            yield break;
        }
        if (kind == InputKind.Gzip)
        {
            // The name inside (page.html.gz is page.html) and the content tell what the file holds.
            kind = InputKinds.Detect(path[..^3], bytes);
            if (kind is not (InputKind.Text or InputKind.Html or InputKind.Feed))
            {
                yield return InputItem.Failed(path, "a gzip file that holds no text, HTML page or feed", "unsupported input kind");
                yield break;
            }
        }
        if (bytes.Length == 0)
        {
            yield return InputItem.Failed(path, "the file is empty", "empty input");
            yield break;
        }
        if (kind == InputKind.Text)
        {
            foreach (var item in ReadText(path, bytes, published)) yield return item;
            yield break;
        }
        // UTF-16 holds zero bytes by nature; anything else with NULs or control bytes is no page.
        var utf16 = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!utf16 && TextDecoder.LooksBinary(bytes))
        {
            yield return InputItem.Failed(path, "binary content, not text (NUL or control bytes)", "binary content");
            yield break;
        }
        var markup = CharsetDecoder.Decode(bytes, null, out var warning);
        if (markup.Length > limits.MaxRecordChars * 4L)
        {
            yield return InputItem.Failed(path, $"{markup.Length:N0} characters; the limit for one page is {limits.MaxRecordChars * 4L:N0}", "too large");
            yield break;
        }
        if (kind == InputKind.Feed)
        {
            foreach (var item in FeedReader.Read(path, markup, published, limits)) yield return warning is null || item.Article is null ? item : item with { Warning = warning };
            yield break;
        }
        var reading = HtmlArticleReader.Default.Read(markup, Stem(path), null, path, published);
        yield return reading.Article is null
            ? InputItem.Failed(path, reading.Problem!, "no article text")
            : InputItem.Read(reading.Article, path, warning);
    }

    private IEnumerable<InputItem> ReadText(string path, byte[] bytes, PublicationDate? published)
    {
        if (!TextDecoder.TryDecode(bytes, out var text, out var problem, out var warning))
        {
            yield return InputItem.Failed(path, problem!, problem!.Contains("binary", StringComparison.Ordinal) ? "binary content" : "empty input");
            yield break;
        }
        if (text.Length > limits.MaxRecordChars)
        {
            yield return InputItem.Failed(path, $"{text.Length:N0} characters; the limit for one article is {limits.MaxRecordChars:N0}", "too large");
            yield break;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return InputItem.Failed(path, "the file holds only white space", "empty input");
            yield break;
        }
        yield return InputItem.Read(new Article(Stem(path), text) { Published = published, Source = path }, path, warning);
    }

    private static bool TrySniff(string path, out byte[] head, out string? problem)
    {
        head = [];
        problem = null;
        try
        {
            using var file = File.OpenRead(path);
            var buffer = new byte[SniffBytes];
            var n = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            head = buffer[..n];
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            problem = $"cannot read the file: {e.Message}";
            return false;
        }
    }

    private static string RealPath(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            return (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName).TrimEnd(Path.DirectorySeparatorChar);
        }
        catch (IOException)
        {
            return Path.GetFullPath(folder);
        }
    }

    private bool TryReadBytes(string path, bool gzip, out byte[] bytes, out string? problem)
    {
        bytes = [];
        problem = null;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > limits.MaxFileBytes)
            {
                problem = $"{length:N0} bytes; the limit is {limits.MaxFileBytes:N0} (--max-file-mb)";
                return false;
            }
            if (!gzip)
            {
                bytes = File.ReadAllBytes(path);
                return true;
            }
            // A small gzip file can inflate into gigabytes: the bound holds for what comes out.
            using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            bytes = HttpPayload.ReadBounded(input, limits.MaxFileBytes, "the decompressed file");
            return true;
        }
        catch (InvalidDataException e)
        {
            problem = e.Message.Contains("larger than", StringComparison.Ordinal)
                ? $"{e.Message}; the limit is {limits.MaxFileBytes:N0} (--max-file-mb)"
                : $"cannot read the file: corrupt gzip data: {e.Message}";
            return false;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            problem = $"cannot read the file: {e.Message}";
            return false;
        }
    }
}
