using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Ektu.Qa.Workflow.Engine.Expressions;

// Evaluations/s of a condition with Jint 4, single thread, as the engine's evaluator runs it: the script prepared once per
// expression text, a per-thread engine with all four limits reused, the instance variables bound on every evaluation.
// Usage: Ektu.Qa.ExpressionBench [seconds per figure, default 3]
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var variables = JsonNode.Parse("""{"score":72,"subjects":[5,6,7,8,9,5,7],"name":"Student"}""")!.AsObject();

// The issue's expression; a function literal is refused by the whitelist, so it runs compiled without it (as the limits tests do).
var issue = ExpressionCache.CompileUnchecked(
    "next(null, environment.variables.score >= 50 && environment.variables.subjects.every(function (s) { return s >= 5; }));", script: true);
// What a model may write today for the same question.
var whitelisted = ExpressionCache.Compile(
    "next(null, environment.variables.score >= 50 && environment.variables.subjects.indexOf(4) < 0 && environment.variables.subjects.length > 0);",
    script: true);
var stopped = 0L;
var template = ExpressionCache.Compile("${environment.variables.score >= 50 && environment.variables.name !== ''}", script: false);

Report("jint4 every(function) condition, prepared, engine reused (the evaluator)", () => Condition(issue));
Report("jint4 whitelisted condition, prepared, engine reused (the evaluator)", () => Condition(whitelisted));
Report("jint4 ${} template, prepared, engine reused (the evaluator)", () => Condition(template));
return;

bool Condition(CompiledExpression e)
{
    try
    {
        return JsEvaluator.EvaluateCondition(e, variables, null, new ExpressionBudget());
    }
    catch (EvaluationException)
    {
        // The 50 ms wall-clock timeout: on an overloaded machine a descheduled thread can meet it. Counted, not fatal.
        stopped++;
        return true;
    }
}

void Report(string name, Func<bool> evaluate)
{
    if (!evaluate()) throw new InvalidOperationException(name + ": the condition should be true");
    Measure(evaluate, TimeSpan.FromSeconds(Math.Min(1, seconds))); // warm-up: tiered compilation settles
    stopped = 0;
    var (count, elapsed) = Measure(evaluate, TimeSpan.FromSeconds(seconds));
    var note = stopped > 0 ? $" ({stopped} of {count} stopped by the timeout)" : "";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {count / elapsed.TotalSeconds,12:N0} evaluations/s{note}"));
}

static (long Count, TimeSpan Elapsed) Measure(Func<bool> evaluate, TimeSpan duration)
{
    var sw = Stopwatch.StartNew();
    long count = 0;
    while (sw.Elapsed < duration)
        for (var i = 0; i < 256; i++, count++) evaluate();
    return (count, sw.Elapsed);
}
