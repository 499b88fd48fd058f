using System.Diagnostics;
using System.Text.Json.Nodes;
using Ektu.Qa.Workflow.Engine.Expressions;

namespace Ektu.Qa.Workflow.Engine.Tests;

/// <summary>
/// The engine's own limits, with the whitelist bypassed (it refuses all of these at save): each hostile script is stopped
/// within a second with a clear error, the process survives, and the next evaluation on the same thread still works.
/// </summary>
public sealed class ExpressionLimitsTests
{
    private static readonly TimeSpan Stopped = TimeSpan.FromSeconds(1);
    private static readonly ExpressionLimits Default = ExpressionLimits.Default;

    /// <summary>Every limit but the one under test loosened (recursion never: without it deep recursion ends the process).</summary>
    private static readonly ExpressionLimits OnlyStatements = Default with { Timeout = TimeSpan.FromSeconds(30), MemoryBytes = 1L << 32 };
    private static readonly ExpressionLimits OnlyMemory = Default with { Timeout = TimeSpan.FromSeconds(30), MaxStatements = int.MaxValue };
    private static readonly ExpressionLimits OnlyRecursion = OnlyMemory with { MemoryBytes = 1L << 32 };
    private static readonly ExpressionLimits OnlyTimeout = Default with { MemoryBytes = 1L << 32, MaxStatements = int.MaxValue };

    // The first evaluation in a process creates and warms the engine: not part of what a hostile script may take.
    static ExpressionLimitsTests() => JsEvaluator.EvaluateValue(ExpressionCache.Compile("${1}", script: false), [], null, new ExpressionBudget());

    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("var i = 0; while (true) { i = i + 1; }")]
    [InlineData("next(null, Array(1e8).join('x'));")]
    [InlineData("var s = 'x'; for (;;) { s = s + s; }")]
    [InlineData("function f(n) { return f(n + 1) + 1; } next(null, f(0));")]
    [InlineData("var f = function (n) { return [n].map(f); }; f(0);")]
    public void Evaluate_Should_StopWithinOneSecond_When_ScriptRunsAway(string script)
    {
        var expression = ExpressionCache.CompileUnchecked(script, script: true);
        var sw = Stopwatch.StartNew();

        var error = Should.Throw<EvaluationException>(() => JsEvaluator.EvaluateValue(expression, [], null, new ExpressionBudget(Stopped)));

        sw.Elapsed.ShouldBeLessThan(Stopped);
        // Which limit stops it first depends on the machine's load; each one alone is proven below.
        error.Message.ShouldMatch(
            "^the expression (ran more than 10000 statements|used more than 8 MB|nested calls deeper than 64|ran longer than 50 ms)$");
        JsEvaluator.EvaluateValue(ExpressionCache.Compile("${1 + 1}", script: false), [], null, new ExpressionBudget())!.GetValue<long>().ShouldBe(2);
    }

    [Theory]
    [InlineData("while (true) {}", "statements", "ran more than 10000 statements")]
    [InlineData("next(null, Array(1e8).join('x'));", "memory", "used more than 8 MB")]
    [InlineData("var s = 'x'; for (;;) { s = s + s; }", "memory", "used more than 8 MB")]
    [InlineData("function f(n) { return f(n + 1) + 1; } next(null, f(0));", "recursion", "nested calls deeper than 64")]
    [InlineData("var f = function (n) { return [n].map(f); }; f(0);", "recursion", "nested calls deeper than 64")]
    [InlineData("while (true) {}", "timeout", "ran longer than 50 ms")]
    public void Evaluate_Should_StopAtTheLimit_When_OnlyThatLimitIsTight(string script, string limit, string message)
    {
        var limits = limit switch { "statements" => OnlyStatements, "memory" => OnlyMemory, "recursion" => OnlyRecursion, _ => OnlyTimeout };
        var expression = ExpressionCache.CompileUnchecked(script, script: true);
        var sw = Stopwatch.StartNew();

        var error = Should.Throw<EvaluationException>(() => JsEvaluator.EvaluateValue(expression, [], null, new ExpressionBudget(Stopped), limits));

        sw.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5)); // loose: this machine is shared; the point is which limit stopped it
        error.Message.ShouldBe("the expression " + message);
    }

    [Theory]
    [InlineData("next(null, ''['constr' + 'uctor']['constr' + 'uctor']('return 1')());")]
    [InlineData("next(null, [].map.constructor('return this')());")]
    [InlineData("next(null, eval('1'));")]
    public void Evaluate_Should_RefuseCodeFromStrings_When_ConstructorIsReached(string script)
    {
        var expression = ExpressionCache.CompileUnchecked(script, script: true);

        Should.Throw<EvaluationException>(() => JsEvaluator.EvaluateValue(expression, [], null, new ExpressionBudget()));
    }

    [Fact]
    public void Evaluate_Should_RefuseTheNextExpression_When_TheStepBudgetIsSpent()
    {
        var budget = new ExpressionBudget(TimeSpan.FromMilliseconds(20));
        var slow = ExpressionCache.CompileUnchecked("var i = 0; while (i < 200) { i = i + 1; }", script: true);
        var spin = Stopwatch.StartNew();
        while (budget.Spent < TimeSpan.FromMilliseconds(20) && spin.Elapsed < TimeSpan.FromSeconds(10))
            JsEvaluator.EvaluateValue(slow, [], null, budget, OnlyStatements);

        var error = Should.Throw<EvaluationException>(() =>
            JsEvaluator.EvaluateCondition(ExpressionCache.Compile("${true}", script: false), [], null, budget));

        error.Message.ShouldBe("the expressions of this step ran longer than 20 ms together");
    }

    [Fact]
    public void Evaluate_Should_CountOnlyTheThreadsOwnWork_When_TheStepWaitsForTheMachine()
    {
        var budget = new ExpressionBudget(TimeSpan.FromMilliseconds(20));
        var started = budget.Start();
        Thread.Sleep(100); // a descheduled thread, as on a starved machine: wall time passes, no CPU time
        budget.Stop(started);

        budget.Spent.ShouldBeLessThan(TimeSpan.FromMilliseconds(20));
        JsEvaluator.EvaluateCondition(ExpressionCache.Compile("${true}", script: false), [], null, budget).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_Should_KeepThePrototype_When_DataHasProtoKey()
    {
        var variables = JsonNode.Parse("""{"o":{"__proto__":{"polluted":true},"a":1}}""")!.AsObject();
        var expression = ExpressionCache.Compile(
            "${environment.variables.o.polluted === undefined && environment.variables.o.a === 1}", script: false);

        JsEvaluator.EvaluateCondition(expression, variables, null, new ExpressionBudget()).ShouldBeTrue();
    }
}
