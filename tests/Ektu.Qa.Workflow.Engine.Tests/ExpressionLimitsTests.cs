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

    // The first evaluation in a process creates and warms the engine: not part of what a hostile script may take.
    static ExpressionLimitsTests() => JsEvaluator.EvaluateValue(ExpressionCache.Compile("${1}", script: false), [], null, new ExpressionBudget());

    [Theory]
    [InlineData("while (true) {}", "statements")]
    [InlineData("var i = 0; while (true) { i = i + 1; }", "statements")]
    [InlineData("next(null, Array(1e8).join('x'));", "MB")]
    [InlineData("var s = 'x'; for (;;) { s = s + s; }", "MB")]
    [InlineData("function f(n) { return f(n + 1) + 1; } next(null, f(0));", "deeper than 64")]
    [InlineData("var f = function (n) { return [n].map(f); }; f(0);", "deeper than 64")]
    public void Evaluate_Should_StopWithinOneSecond_When_ScriptRunsAway(string script, string reason)
    {
        var expression = ExpressionCache.CompileUnchecked(script, script: true);
        // Once to compile the interpreter paths this script takes (on a loaded machine that alone may hit the 50 ms timeout).
        Should.Throw<EvaluationException>(() => JsEvaluator.EvaluateValue(expression, [], null, new ExpressionBudget(Stopped)));
        var sw = Stopwatch.StartNew();

        var error = Should.Throw<EvaluationException>(() => JsEvaluator.EvaluateValue(expression, [], null, new ExpressionBudget(Stopped)));

        sw.Elapsed.ShouldBeLessThan(Stopped);
        error.Message.ShouldContain(reason);
        JsEvaluator.EvaluateValue(ExpressionCache.Compile("${1 + 1}", script: false), [], null, new ExpressionBudget())!.GetValue<long>().ShouldBe(2);
    }

    [Fact]
    public void Evaluate_Should_StopAtTheTimeout_When_OneStatementRunsLong()
    {
        // Few statements, little memory, much time: only the timeout stops it.
        var expression = ExpressionCache.CompileUnchecked(
            "var a = []; a[1e6] = 1; a.sort(); a.sort(); a.sort(); a.sort(); a.sort(); a.sort();", script: true);
        var sw = Stopwatch.StartNew();

        var error = Should.Throw<EvaluationException>(() => JsEvaluator.EvaluateValue(expression, [], null, new ExpressionBudget(Stopped)));

        sw.Elapsed.ShouldBeLessThan(Stopped);
        error.Message.ShouldMatch("ran longer than 50 ms|MB");
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
        var slow = ExpressionCache.CompileUnchecked("var i = 0; while (i < 5000) { i = i + 1; }", script: true);
        var spin = Stopwatch.StartNew();
        while (budget.Spent < TimeSpan.FromMilliseconds(20)) JsEvaluator.EvaluateValue(slow, [], null, budget);
        spin.Elapsed.ShouldBeLessThan(Stopped);

        var error = Should.Throw<EvaluationException>(() =>
            JsEvaluator.EvaluateCondition(ExpressionCache.Compile("${true}", script: false), [], null, budget));

        error.Message.ShouldContain("this step");
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
