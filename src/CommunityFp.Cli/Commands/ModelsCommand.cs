using System.CommandLine;
using CommunityFp.Models;

namespace CommunityFp.Cli.Commands;

/// <summary><c>cfp models</c>: the models with their descriptions and dependencies, in build order.</summary>
public static class ModelsCommand
{
    public static Command Create()
    {
        var command = new Command("models", "List the SQL models in build order: layer, materialization, description, dependencies, tests.");
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            ModelCatalog catalog;
            try { catalog = ModelCatalog.LoadProductModels(); }
            catch (ModelDefinitionException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"cfp: {e.Message}");
                return ExitCodes.InputRefused;
            }
            foreach (var m in catalog.Models)
            {
                output.WriteLine($"{m.Layer}/{m.Name}  ({m.Materialization.ToString().ToLowerInvariant()})");
                foreach (var line in Wrap(m.Description, 100)) output.WriteLine($"    {line}");
                if (m.DependsOn.Count > 0) output.WriteLine($"    depends on: {string.Join(", ", m.DependsOn)}");
                if (m.Sources.Count > 0) output.WriteLine($"    reads: {string.Join(", ", m.Sources)}");
                if (m.Tests.Count > 0) output.WriteLine($"    tests: {string.Join("; ", m.Tests.Select(t => t.Name))}");
                output.WriteLine();
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length + 1 > width && line.Length > 0) { yield return line.ToString(); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
