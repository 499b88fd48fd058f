using System.Text.Json;
using System.Text.Json.Nodes;
using Ektu.Qa.Workflow.Engine;
using Ektu.Qa.Workflow.Trace;

namespace Ektu.Qa.Workflow.Engine.Tests;

/// <summary>Every scenario of Conformance/ runs through the engine and is compared with the bpmn-engine oracle trace (strict rules).</summary>
public sealed class ConformanceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Conformance");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Folder, "*.expected.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
            data.Add(f![..^".expected.json".Length]);
        return data;
    }

    [Fact]
    public void Cases_Should_CoverEveryOpenAndExtraScenario_When_FixturesAreCopied() => Cases().Count.ShouldBeGreaterThanOrEqualTo(43);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Run_Should_MatchOracleTrace_When_ScenarioIsPlayed(string name)
    {
        var problems = await RunAsync(name, null);
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Run_Should_MatchOracleTrace_When_StateIsSerializedBetweenSteps(string name)
    {
        var roundTrips = 0;
        var problems = await RunAsync(name, state =>
        {
            roundTrips++;
            var json = JsonSerializer.Serialize(state);
            var copy = JsonSerializer.Deserialize<InstanceState>(json)!;
            JsonSerializer.Serialize(copy).ShouldBe(json);
            return copy;
        });
        problems.ShouldBeEmpty(string.Join("\n", problems));
        roundTrips.ShouldBeGreaterThan(0);
    }

    private static async Task<List<string>> RunAsync(string name, Func<InstanceState, InstanceState>? between)
    {
        var model = name[..name.IndexOf('.', StringComparison.Ordinal)];
        var parsed = BpmnParser.Parse(File.ReadAllBytes(Path.Combine(Folder, model + ".bpmn")));
        parsed.Problems.ShouldBeEmpty();
        var scenario = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")))!.AsObject();
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expected.json")))!.AsObject();
        var actual = await ScenarioRunner.RunAsync(parsed.Model!, model + ".bpmn", scenario, between);
        return TraceComparer.Compare(expected, actual);
    }
}
