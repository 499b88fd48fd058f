namespace Ektu.Qa.Workflow.Engine.Tests;

public sealed class ExpressionWhitelistTests
{
    private static BpmnParseResult WithCondition(string condition, bool script) => Bpmn.Parse($"""
        <bpmn:startEvent id="S" />
        <bpmn:exclusiveGateway id="G" default="F2" />
        <bpmn:endEvent id="E1" /><bpmn:endEvent id="E2" />
        <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="G" />
        <bpmn:sequenceFlow id="F1" sourceRef="G" targetRef="E1">
        <bpmn:conditionExpression {(script ? "language=\"javascript\"" : "")}><![CDATA[{condition}]]></bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="E2" />
        """);

    [Theory]
    [InlineData("next(null, Array(1e6).join('x'));")]
    [InlineData("while (true) {}")]
    [InlineData("for (var i = 0; i < 10; i++) {}")]
    [InlineData("next(null, (function () { return 1; })());")]
    [InlineData("function f() {} next(null, true);")]
    [InlineData("next(null, new Date());")]
    [InlineData("environment.variables.x = 1;")]
    [InlineData("next(null, this.constructor);")]
    [InlineData("next(null, eval('1'));")]
    [InlineData("next(null, 'x'.repeat(1e9));")]
    [InlineData("next(null, environment.constructor.constructor('return 1')());")]
    [InlineData("var a = 1; next(null, a);")]
    // Computed keys that are not literals, and the paths to constructors and prototypes.
    [InlineData("next(null, environment.variables['constr' + 'uctor']);")]
    [InlineData("next(null, environment.variables.s['constr' + 'uctor']['constr' + 'uctor']('return 1')());")]
    [InlineData("next(null, ''['constructor']['constructor']('return 1')());")]
    [InlineData("next(null, environment.variables.list[environment.variables.key]);")]
    [InlineData("next(null, environment.variables.list.indexOf.constructor);")]
    [InlineData("next(null, ({}).__proto__);")]
    [InlineData("next(null, environment['__proto__']);")]
    [InlineData("next(null, Object.getPrototypeOf(environment));")]
    [InlineData("next(null, Math.max.apply(null, [1]));")]
    [InlineData("next(null, Reflect);")]
    [InlineData("next(null, globalThis);")]
    [InlineData("next(null, Function);")]
    [InlineData("next(null, environment.variables.\\u0063onstructor);")]
    [InlineData("next(null, environment.variables['\\u0063onstructor']);")]
    [InlineData("next(null, environment.variables?.['constructor']);")]
    [InlineData("next(null, environment.variables?.x);")]
    [InlineData("next(null, `${environment.variables.x}`);")]
    [InlineData("next(null, String.raw`x`);")]
    [InlineData("next(null, environment.variables.s.indexOf`x`);")]
    [InlineData("next(null, Math.max(...environment.variables.list));")]
    [InlineData("next(null, [...environment.variables.list]);")]
    [InlineData("next(null, (0, environment.variables.s.split)(''));")]
    [InlineData("next(null, (environment.variables.s, environment.variables.s.split)(''));")]
    [InlineData("next(null, '' + { toString: environment.variables.s.split });")]
    [InlineData("next(null, '' + { valueOf: Math.max });")]
    [InlineData("next(null, { ['constructor']: 1 });")]
    [InlineData("next(null, { get x() { return 1; } });")]
    [InlineData("next(null, { x() { return 1; } });")]
    [InlineData("next(null, () => 1);")]
    [InlineData("next(null, new environment.variables.s.split(''));")]
    [InlineData("next(null, environment.variables.x = 1);")]
    [InlineData("next(null, environment.variables.x++);")]
    [InlineData("next(null, delete environment.variables.x);")]
    [InlineData("next(null, environment.variables.x ?? 1);")]
    [InlineData("next(null, /(a+)+$/.test(environment.variables.s));")]
    [InlineData("next(null, this);")]
    [InlineData("if (true) next(null, 1);")]
    [InlineData("next(null, environment.variables.s.padStart(1e9));")]
    [InlineData("next(null, environment.variables.s.concat(environment.variables.s));")]
    public void Parse_Should_RejectExpression_When_NotWhitelisted(string script)
    {
        var result = WithCondition(script, script: true);
        result.Succeeded.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.Code == "InvalidExpression" && p.ElementId == "F1");
    }

    [Theory]
    [InlineData("${[1,2].join(',')}")]
    [InlineData("${environment.variables.list['constructor']}")]
    [InlineData("${environment.variables.list['constr' + 'uctor']}")]
    [InlineData("${environment.variables.list[content.index]}")]
    [InlineData("${a) ; while (true) {} ; (b}")]
    [InlineData("${environment.variables.a}${`x`}")]
    public void Parse_Should_RejectTemplate_When_NotWhitelisted(string template) =>
        WithCondition(template, script: false).Problems.ShouldContain(p => p.Code == "InvalidExpression");

    [Theory]
    [InlineData("next(null, environment.variables.score >= 50 && environment.variables.name.toLowerCase().indexOf('a') >= 0);", true)]
    [InlineData("${environment.variables.list.length > 2 ? true : false}", false)]
    [InlineData("${content.id === 'G' || !environment.variables.flag}", false)]
    [InlineData("${environment.variables.list[0] === environment.variables['first-name']}", false)]
    [InlineData("${environment.variables.approverRole || 'Dean'}", false)]
    [InlineData("${typeof environment.variables.x === 'undefined' && Math.max(1, 2) === 2 && 'a' in { a: 1 }}", false)]
    [InlineData("next(null, environment.variables.ectsChanged > 5 && environment.variables.s.split(',').length < 3);", true)]
    public void Parse_Should_AcceptExpression_When_Whitelisted(string text, bool script) =>
        WithCondition(text, script).Problems.ShouldBeEmpty();

    [Fact]
    public async Task Gateway_Should_EvaluateWithJint_When_ConditionUsesSafeMethods()
    {
        var model = WithCondition("next(null, environment.variables.name.trim().toUpperCase() === 'QA');", script: true).Model!;
        var result = await Bpmn.Engine(model).StartAsync(Bpmn.Vars("""{"name":" qa "}"""));
        result.Events.ShouldContain(e => e.Kind == EngineEventKind.FlowTaken && e.ElementId == "F1");
    }
}
