using System.CommandLine;
using Sitrep.Cli;

// The `sitrep` command: wiring only. Each subcommand lives in its own class.
var root = new RootCommand("Sitrep: news reports of violent incidents in, cited incident records out.")
{
    AnalyzeCommand.Create(),
    ExtractCommand.Create(),
    EvalCommand.Create(),
    BenchCommand.Create(),
    ExplainCommand.Create(),
    GateCommand.Create(),
    IngestCommand.Create(),
    IncidentsCommand.Create(),
    ExportCommand.Create(),
    ServeCommand.Create(),
};
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"sitrep: {error.Message}");
    Console.Error.WriteLine("Try 'sitrep --help'.");
    return ExitCodes.BadArguments;
}
return parse.Invoke();
