using System.Text.RegularExpressions;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.QaCommission.Register;
using Ektu.Qa.QualityPolicy.Documents;

namespace Ektu.Qa.Architecture.Tests;

/// <summary>
/// Every module, entity and action any module writes to the audit log has a name in kk, ru
/// and en (<see cref="AuditNames"/>), so the audit log never shows a code. The writes are read from the sources: literal
/// names, names passed down to a helper's <c>action</c> parameter, and the few built from an enum (listed below).
/// </summary>
public sealed partial class AuditNameTests
{
    private static readonly LocalizationStore Store = new(new ModuleCatalog(Modules.All).Assemblies);

    /// <summary>Actions built as prefix + enum value; a new one of this shape must be added here.</summary>
    private static readonly string[] BuiltActions =
    [
        .. Enum.GetNames<CapaState>().Select(s => "State" + s),
        .. Enum.GetNames<LadderStep>().Select(s => "Violation" + s),
        .. Enum.GetNames<WorkPlanStatus>().Select(s => "Approval" + s),
        .. Enum.GetNames<WorkPlanStatus>().Select(s => "Status" + s),
        .. Enum.GetNames<RecommendationStatus>().Select(s => "Status" + s),
        nameof(DocumentState.Superseded), nameof(DocumentState.Cancelled),
        "TargetRecorded", "ActualRecorded",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("kk")]
    [InlineData("ru")]
    public void EveryAuditWrite_Should_NameItsModuleEntityAndAction_When_ReadInEachCulture(string culture)
    {
        var (modules, entities, actions) = Written();
        modules.Count.ShouldBeGreaterThan(5);
        entities.Count.ShouldBeGreaterThan(30);
        var missing = modules.Select(m => AuditNames.ModulePrefix + m)
            .Concat(entities.Select(e => AuditNames.EntityPrefix + e))
            .Concat(actions.Concat(BuiltActions).Select(a => AuditNames.ActionPrefix + a))
            .Distinct().Where(k => !Store.Texts[culture].ContainsKey(k)).Order().ToList();
        missing.ShouldBeEmpty($"audit names without a {culture} text");
    }

    [Fact]
    public void Scan_Should_FindDynamicAndLiteralNames_When_ReadingTheSources()
    {
        var (_, entities, actions) = Written();
        entities.ShouldContain("PolicyDocument");
        actions.ShouldContain("RoleAssigned");
        actions.ShouldContain("EditionInForce", customMessage: "a name passed to a helper's action parameter");
        actions.ShouldContain("LockedOut", customMessage: "a name inside a conditional expression");
    }

    private static (HashSet<string> Modules, HashSet<string> Entities, HashSet<string> Actions) Written()
    {
        var (modules, entities, actions) = (new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
        var files = Directory.EnumerateFiles(Path.Combine(Modules.RepoRoot, "modules"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
            .GroupBy(f => Path.GetFileName(f).Split('.')[0]); // a class's partial files share its constants and helpers
        foreach (var type in files)
        {
            var source = string.Join("\n", type.Select(File.ReadAllText));
            var constants = Constant().Matches(source).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            // A write through AuditContext<TModule> names its module by the Contracts marker, not as an argument.
            var contextModule = ContextModule().Match(source) is { Success: true } c ? c.Groups[1].Value : null;
            var writes = Write().Matches(source).Select(w => (Module: Resolve(w.Groups["m"].Value, constants), Match: w))
                .Concat(contextModule == null ? [] : ContextWrite().Matches(source).Select(w => (Module: contextModule, Match: w)));
            foreach (var (module, w) in writes)
            {
                modules.Add(module);
                entities.Add(Resolve(w.Groups["e"].Value, constants));
                var action = w.Groups["a"].Value;
                if (action.Contains('+')) continue; // built from an enum: BuiltActions
                foreach (Match literal in Literal().Matches(action)) actions.Add(literal.Groups[1].Value);
                if (action.Trim() == "action")
                    foreach (Match passed in PassedAction().Matches(source)) actions.Add(passed.Groups[1].Value);
            }
        }
        return (modules, entities, actions);
    }

    private static string Resolve(string argument, Dictionary<string, string> constants) =>
        argument.StartsWith('"') ? argument.Trim('"') : constants.GetValueOrDefault(argument, argument);

    [GeneratedRegex(@"\.WriteAsync\(\s*(?<m>""[A-Za-z]+""|Module)\s*,\s*(?<e>""[A-Za-z]+""|Entity)\s*,\s*[^,]+,\s*(?<a>[^,]+?)\s*,")]
    private static partial Regex Write();

    [GeneratedRegex(@"audit\.WriteAsync\(\s*(?<e>""[A-Za-z]+""|Entity)\s*,\s*[^,""]+,\s*(?<a>[^,]+?)\s*,")]
    private static partial Regex ContextWrite();

    [GeneratedRegex(@"AuditContext<([A-Za-z]+)ContractsModule>")]
    private static partial Regex ContextModule();

    [GeneratedRegex(@"const string (Module|Entity) = ""([A-Za-z]+)""")]
    private static partial Regex Constant();

    [GeneratedRegex(@"""([A-Za-z]+)""")]
    private static partial Regex Literal();

    /// <summary>The last argument before the token of a call to a helper that takes the action's name.</summary>
    [GeneratedRegex(@"""([A-Z][A-Za-z]+)""\s*,\s*ct(?:\s*,\s*[a-zA-Z.]+)?\)")]
    private static partial Regex PassedAction();
}
