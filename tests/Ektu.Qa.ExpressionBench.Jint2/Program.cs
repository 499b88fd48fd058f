using System.Diagnostics;
using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Parser;
using Jint.Runtime;
using Jint.Runtime.Interop;

// The same condition on Jint 2.10.4 as the engine ran it before Jint 4 (options, globals and binding as its JsEvaluator had
// them): parsed once, one engine per thread reused; and with a new engine per evaluation, as STACK.md measured it.
// Usage: Ektu.Qa.ExpressionBench.Jint2 [seconds per figure, default 3]
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var program = new JavaScriptParser().Parse(
    "next(null, environment.variables.score >= 50 && environment.variables.subjects.every(function (s) { return s >= 5; }));", new ParserOptions());
var reused = NewEngine();

Report("jint2 every(function) condition, parsed once, engine reused (the old evaluator)", () => Evaluate(reused));
Report("jint2 every(function) condition, parsed once, new engine per evaluation", () => Evaluate(NewEngine()));
return;

static Engine NewEngine() => new(o => o.Strict().MaxStatements(1000).TimeoutInterval(TimeSpan.FromMilliseconds(500)).LimitRecursion(32));

bool Evaluate(Engine engine)
{
    JsValue result = JsValue.Undefined;
    var next = new ClrFunctionInstance(engine, (_, a) => { result = a.Length > 1 ? a[1] : JsValue.Undefined; return JsValue.Undefined; }, 2);
    var variables = engine.Object.Construct(Arguments.Empty);
    variables.FastAddProperty("score", new JsValue(72), true, true, true);
    var subjects = engine.Array.Construct(Arguments.Empty);
    double[] marks = [5, 6, 7, 8, 9, 5, 7];
    for (var i = 0; i < marks.Length; i++) subjects.Put(i.ToString(CultureInfo.InvariantCulture), new JsValue(marks[i]), false);
    variables.FastAddProperty("subjects", subjects, true, true, true);
    variables.FastAddProperty("name", new JsValue("Student"), true, true, true);
    var environment = engine.Object.Construct(Arguments.Empty);
    environment.FastAddProperty("variables", variables, true, true, true);
    environment.FastAddProperty("services", engine.Object.Construct(Arguments.Empty), true, true, true);
    engine.SetValue("environment", environment);
    engine.SetValue("content", engine.Object.Construct(Arguments.Empty));
    engine.SetValue("next", next);
    engine.Execute(program);
    return TypeConverter.ToBoolean(result);
}

void Report(string name, Func<bool> evaluate)
{
    if (!evaluate()) throw new InvalidOperationException(name + ": the condition should be true");
    Measure(evaluate, TimeSpan.FromSeconds(Math.Min(1, seconds)));
    var (count, elapsed) = Measure(evaluate, TimeSpan.FromSeconds(seconds));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {count / elapsed.TotalSeconds,12:N0} evaluations/s"));
}

static (long Count, TimeSpan Elapsed) Measure(Func<bool> evaluate, TimeSpan duration)
{
    var sw = Stopwatch.StartNew();
    long count = 0;
    while (sw.Elapsed < duration)
        for (var i = 0; i < 256; i++, count++) evaluate();
    return (count, sw.Elapsed);
}
