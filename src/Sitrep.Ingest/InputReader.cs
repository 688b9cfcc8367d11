using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Reads the inputs named on the command line: files, folders (recursively, in a stable order)
/// and standard input. Yields one item per article or per failure, lazily, so that a batch is
/// streamed and one broken input never stops the rest.
/// </summary>
public sealed class InputReader(ReadLimits limits)
{
    public const string StandardInput = "-";

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md" };
    private static readonly HashSet<string> JsonLinesExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };
    private static readonly HashSet<string> LaterExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xml", ".rss", ".atom", ".warc", ".gz" };

    public static InputReader Default { get; } = new(ReadLimits.Default);

    /// <param name="published">Publication date for inputs that carry none.</param>
    /// <param name="stdin">Standard input, read when a path is "-".</param>
    public IEnumerable<InputItem> Read(IEnumerable<string> paths, PublicationDate? published, TextReader? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                var text = (stdin ?? Console.In).ReadToEnd();
                yield return text.Length == 0
                    ? InputItem.Failed("-", "standard input is empty")
                    : InputItem.Read(new Article("stdin", text) { Published = published, Source = "-" }, "-");
                continue;
            }
            if (Directory.Exists(path))
            {
                foreach (var item in ReadFolder(path, published)) yield return item;
                continue;
            }
            if (!File.Exists(path))
            {
                yield return InputItem.Failed(path, "no such file or folder");
                continue;
            }
            foreach (var item in ReadFile(path, published, named: true)) yield return item;
        }
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
                yield return InputItem.Failed(current, problem);
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (Path.GetFileName(file).StartsWith('.')) continue; // hidden files: editor and system litter
                foreach (var item in ReadFile(file, published, named: false)) yield return item;
            }
            Array.Sort(folders, StringComparer.Ordinal);
            for (var i = folders.Length - 1; i >= 0; i--)
                if (!Path.GetFileName(folders[i]).StartsWith('.')) pending.Push(folders[i]);
        }
    }

    private IEnumerable<InputItem> ReadFile(string path, PublicationDate? published, bool named)
    {
        var extension = Path.GetExtension(path);
        var isJsonLines = JsonLinesExtensions.Contains(extension);
        if (!isJsonLines && !TextExtensions.Contains(extension))
        {
            var reason = LaterExtensions.Contains(extension)
                ? $"{extension} input is not read yet: give plain text (.txt, .md) or JSON Lines (.jsonl)"
                : $"not a supported input kind ({(extension.Length == 0 ? "no extension" : extension)}): give .txt, .md or .jsonl";
            // In a folder, other kinds of files are common (images, PDFs): report them but only once each.
            yield return InputItem.Failed(path, reason);
            yield break;
        }
        if (isJsonLines)
        {
            // JSON Lines are streamed line by line: a corpus of any size never sits in memory whole.
            foreach (var item in JsonLinesReader.Read(path, published, limits)) yield return item;
            yield break;
        }
        if (!TryReadBytes(path, out var bytes, out var problem))
        {
            yield return InputItem.Failed(path, problem!);
            yield break;
        }
        if (!TextDecoder.TryDecode(bytes, out var text, out problem, out var warning))
        {
            yield return InputItem.Failed(path, problem!);
            yield break;
        }
        if (text.Length > limits.MaxRecordChars)
        {
            yield return InputItem.Failed(path, $"{text.Length:N0} characters; the limit for one article is {limits.MaxRecordChars:N0}");
            yield break;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return InputItem.Failed(path, "the file holds only white space");
            yield break;
        }
        var id = Path.GetFileNameWithoutExtension(path);
        yield return InputItem.Read(new Article(id, text) { Published = published, Source = path }, path, warning);
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

    private bool TryReadBytes(string path, out byte[] bytes, out string? problem)
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
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            problem = $"cannot read the file: {e.Message}";
            return false;
        }
    }
}
