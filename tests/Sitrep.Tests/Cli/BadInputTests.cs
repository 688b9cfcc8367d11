using System.Text;
using System.Text.Json;

namespace Sitrep.Tests.Cli;

/// <summary>Bad inputs get a clear error naming the input and the reason; every other input is still analysed.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-bad-inputs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_folder_of_bad_inputs_reports_each_and_analyses_the_rest()
    {
        File.Copy(Seeds.PathOf("000"), Path.Combine(_folder, "good.txt"));
        Write("empty.txt", []);
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);
        binary[10] = 0;
        Write("binary.txt", binary);
        // Windows-1252: curly quotes and an accented name, not valid UTF-8.
        Write("latin1.txt", [.. Encoding.ASCII.GetBytes("Gunmen killed three police officers in Lahore on Sunday, "), 0x93, .. Encoding.ASCII.GetBytes("Jos"), 0xE9, 0x94,
            .. Encoding.ASCII.GetBytes(" said.")]);
        Write("utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("A bomb killed five people in Kabul on Monday.")).ToArray());
        using (var big = File.Create(Path.Combine(_folder, "huge.txt")))
        {
            big.SetLength(50L * 1024 * 1024);
        }
        File.CreateSymbolicLink(Path.Combine(_folder, "gone.txt"), Path.Combine(_folder, "no-such-target.txt"));
        Write("notes.pdf", Encoding.ASCII.GetBytes("%PDF-1.4"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "loop"), _folder);

        var result = SitrepProcess.Run("analyze", _folder);

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var errors = json.RootElement.GetProperty("errors").EnumerateArray()
            .ToDictionary(e => Path.GetFileName(e.GetProperty("path").GetString()!), e => e.GetProperty("reason").GetString()!);
        Assert.Contains("empty", errors["empty.txt"]);
        Assert.Contains("binary", errors["binary.txt"]);
        Assert.Contains("limit", errors["huge.txt"]);
        Assert.Contains("cannot read", errors["gone.txt"]);
        Assert.Contains("not a supported input kind", errors["notes.pdf"]);
        foreach (var name in errors.Keys) Assert.Contains(name, result.Stderr);

        var documents = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Equal(["good", "latin1", "utf16"], documents);
        Assert.Contains("latin1.txt: not valid UTF-8", result.Stderr);
        var text = json.RootElement.GetProperty("documents")[1].GetProperty("text").GetString();
        Assert.Contains("\u201CJos\u00E9\u201D", text);
    }

    [Fact]
    public void A_bad_line_of_json_lines_is_reported_with_its_number()
    {
        var path = Write("batch.jsonl", Encoding.UTF8.GetBytes(
            "{\"id\": \"a\", \"text\": \"Gunmen killed two soldiers in Karachi on Tuesday.\", \"published\": \"2016-05-03\"}\n" +
            "{not json}\n" +
            "{\"id\": \"c\"}\n" +
            "{\"id\": \"d\", \"text\": \"A bomb killed five people in Kabul on Monday.\"}\n"));
        var result = SitrepProcess.Run("analyze", path);
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()!).ToList();
        Assert.Equal([path + ":2", path + ":3"], errors);
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetArrayLength());
        var dated = json.RootElement.GetProperty("incidents").EnumerateArray().First(i => i.GetProperty("documents")[0].GetString() == "a");
        Assert.Equal("2016-05-03", dated.GetProperty("date").GetProperty("start").GetString());
    }

    [Fact]
    public void A_missing_path_is_an_error_and_the_others_are_read()
    {
        var result = SitrepProcess.Run("analyze", Path.Combine(_folder, "missing.txt"), Seeds.PathOf("000"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing.txt: no such file or folder", result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetArrayLength());
    }
}
