using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ektu.Qa.Workflow.Engine.Expressions;

namespace Ektu.Qa.Workflow.Engine.Parsing;

/// <summary>Turns a loaded BPMN document into a <see cref="ProcessModel"/>, collecting a problem for everything outside the subset.</summary>
internal sealed partial class ModelBuilder(XDocument doc)
{
    private static readonly HashSet<string> Ignorable = new(StringComparer.Ordinal)
    {
        "laneSet", "documentation", "extensionElements", "textAnnotation", "association", "group", "dataObject",
        "dataObjectReference", "dataStoreReference", "ioSpecification", "property", "incoming", "outgoing", "auditing",
        "monitoring", "category", "dataInputAssociation", "dataOutputAssociation", "resourceRole", "performer",
        "humanPerformer", "potentialOwner", "rendering", "multiInstanceLoopCharacteristics", "supportedInterfaceRef",
    };

    private readonly List<BpmnProblem> _problems = [];
    private readonly List<NodeInfo> _nodes = [];
    private readonly List<FlowInfo> _flows = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);
    private readonly ExpressionCache _expressions = new();
    private string _processId = "Process";

    [GeneratedRegex(@"^\$\{\s*environment\.services\.([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\}$")]
    private static partial Regex ServiceExpression();

    public BpmnParseResult Build()
    {
        var root = doc.Root;
        if (root is null || root.Name != Ns.Bpmn + "definitions")
            return new BpmnParseResult(null, [new BpmnProblem(null, "NotBpmn", "the root element is not a BPMN 2.0 <definitions> element")]);
        foreach (var e in root.Elements(Ns.Bpmn + "error"))
            if (Id(e) is { } id) _errors[id] = (string?)e.Attribute("errorCode");
        foreach (var m in root.Elements(Ns.Bpmn + "message"))
            if (Id(m) is { } id) _messages[id] = (string?)m.Attribute("name") ?? id;

        var processes = root.Elements(Ns.Bpmn + "process").ToList();
        if (processes.Count == 0)
            return new BpmnParseResult(null, [new BpmnProblem(null, "NoProcess", "the document has no <process>")]);
        var process = processes.Count == 1 ? processes[0] : null;
        if (process is null)
        {
            var executable = processes.Where(p => (string?)p.Attribute("isExecutable") == "true").ToList();
            if (executable.Count == 1) process = executable[0];
            else
                return new BpmnParseResult(null, [new BpmnProblem(Id(processes[0]), "MultipleProcesses",
                    "the document has several processes (" + string.Join(", ", processes.Select(p => Id(p) ?? "?"))
                        + "); exactly one executable process is supported")]);
        }

        var processId = _processId = Id(process) ?? "Process";
        ReadScope(process, null);
        Link();
        Validate();
        var start = _nodes.FirstOrDefault(n => n.ScopeId is null && n.Kind == NodeKind.StartEvent);
        if (start is null && !_problems.Any(p => p.Code == "MissingStartEvent"))
            _problems.Add(new BpmnProblem(processId, "MissingStartEvent", "the process has no none start event"));
        var model = start is null ? null
            : new ProcessModel(processId, (string?)process.Attribute("name"), Names(process), _nodes, _flows, start.Id, _expressions);
        return new BpmnParseResult(model, _problems);
    }

    private static string? Id(XElement e) => (string?)e.Attribute("id");

    private static LocalizedNames Names(XElement e) => new(
        (string?)e.Attribute(Ns.Qa + "name-kk"), (string?)e.Attribute(Ns.Qa + "name-ru"), (string?)e.Attribute(Ns.Qa + "name-en"),
            (string?)e.Attribute("name"));

    private void Problem(string? id, string code, string message) => _problems.Add(new BpmnProblem(id, code, message));

    private void Unsupported(XElement e, string? detail = null)
    {
        var id = Id(e);
        Problem(id, "UnsupportedElement",
            $"{e.Name.LocalName}{(id is null ? "" : $" '{id}'")} is not supported{(detail is null ? "" : ": " + detail)}");
    }

    private void ReadScope(XElement container, string? scopeId)
    {
        var order = 0;
        foreach (var el in container.Elements())
        {
            if (el.Name.Namespace != Ns.Bpmn) continue;
            var local = el.Name.LocalName;
            if (Ignorable.Contains(local)) continue;
            var id = Id(el);
            if (id is null)
            {
                Problem(null, "MissingId", $"a <{local}> element has no id");
                continue;
            }
            if (!_ids.Add(id))
            {
                Problem(id, "DuplicateId", $"the id '{id}' is used twice");
                continue;
            }
            if (local == "sequenceFlow")
            {
                ReadFlow(el, id, order++);
                continue;
            }
            var node = ReadNode(el, id, local, scopeId);
            if (node is null) continue;
            _nodes.Add(node);
            if (node.Kind == NodeKind.SubProcess) ReadScope(el, id);
        }
    }

    private void ReadFlow(XElement el, string id, int order)
    {
        var condition = el.Element(Ns.Bpmn + "conditionExpression");
        string? text = null;
        var script = false;
        if (condition is not null)
        {
            text = condition.Value.Trim();
            var language = (string?)condition.Attribute("language");
            if (language is not null)
            {
                if (language.Equals("javascript", StringComparison.OrdinalIgnoreCase) || language.Equals("js", StringComparison.OrdinalIgnoreCase)
                    || language.Equals("ecmascript", StringComparison.OrdinalIgnoreCase))
                    script = true;
                else
                    Problem(id, "UnsupportedLanguage", $"condition language '{language}' is not supported (use javascript or ${{…}})");
            }
            if (text.Length == 0) text = null;
        }
        _flows.Add(new FlowInfo
        {
            Id = id,
            Name = (string?)el.Attribute("name"),
            SourceId = (string?)el.Attribute("sourceRef") ?? string.Empty,
            TargetId = (string?)el.Attribute("targetRef") ?? string.Empty,
            Order = _flows.Count,
            Condition = text,
            ConditionIsScript = script,
        });
        _ = order;
    }

    private static List<XElement> EventDefinitions(XElement el) =>
        el.Elements().Where(c => c.Name.Namespace == Ns.Bpmn && c.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToList();

    private NodeInfo? ReadNode(XElement el, string id, string local, string? scopeId)
    {
        var name = (string?)el.Attribute("name");
        var names = Names(el);
        switch (local)
        {
            case "startEvent":
                if (EventDefinitions(el).Count > 0 || el.Elements(Ns.Bpmn + "eventDefinitionRef").Any())
                {
                    Unsupported(el, "only none start events are supported");
                    return null;
                }
                return new NodeInfo { Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = NodeKind.StartEvent };
            case "endEvent":
            {
                var defs = EventDefinitions(el);
                if (defs.Count == 0) return new NodeInfo { Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = NodeKind.EndEvent };
                if (defs.Count > 1) { Unsupported(el, "several event definitions"); return null; }
                switch (defs[0].Name.LocalName)
                {
                    case "terminateEventDefinition":
                        return new NodeInfo { Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = NodeKind.TerminateEndEvent };
                    case "errorEventDefinition":
                        var errorRef = (string?)defs[0].Attribute("errorRef");
                        return new NodeInfo { Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = NodeKind.ErrorEndEvent,
                            ErrorRef = errorRef, ErrorCode = ErrorCode(id, errorRef) };
                    default:
                        Unsupported(el, defs[0].Name.LocalName + " end events are not supported");
                        return null;
                }
            }
            case "userTask":
                CheckLoop(el);
                return new NodeInfo
                {
                    Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = NodeKind.UserTask,
                    Assignee = Expr(id, (string?)el.Attribute(Ns.Camunda + "assignee")),
                    CandidateGroups = Expr(id, (string?)el.Attribute(Ns.Camunda + "candidateGroups")),
                    DueDate = Expr(id, (string?)el.Attribute(Ns.Camunda + "dueDate")),
                    FormKey = Expr(id, (string?)el.Attribute(Ns.Camunda + "formKey")),
                    Form = FormFields(el),
                    FourEyes = string.Equals((string?)el.Attribute(Ns.Qa + "fourEyes"), "true", StringComparison.OrdinalIgnoreCase),
                    MultiInstance = ReadMultiInstance(id, el),
                };
            case "serviceTask":
            {
                CheckLoop(el);
                var implementation = (string?)el.Attribute("implementation");
                string? service = null;
                if (implementation is not null && ServiceExpression().Match(implementation.Trim()) is { Success: true } m)
                    service = m.Groups[1].Value;
                else if (el.Attribute(Ns.Camunda + "class") is not null || el.Attribute(Ns.Camunda + "expression") is not null
                         || el.Attribute(Ns.Camunda + "delegateExpression") is not null || el.Attribute(Ns.Camunda + "type") is not null)
                    Problem(id, "UnsupportedImplementation",
                        $"service task '{id}' must name its handler as implementation=\"${{environment.services.<name>}}\"");
                else
                    Problem(id, "MissingService", $"service task '{id}' has no implementation=\"${{environment.services.<name>}}\"");
                return new NodeInfo { Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = NodeKind.ServiceTask, Service = service,
                    MultiInstance = ReadMultiInstance(id, el) };
            }
            case "exclusiveGateway":
            case "parallelGateway":
            case "inclusiveGateway":
                var kind = local switch { "exclusiveGateway" => NodeKind.ExclusiveGateway, "parallelGateway" => NodeKind.ParallelGateway, _ =>
                    NodeKind.InclusiveGateway };
                return new NodeInfo { Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = kind,
                    DefaultFlowId = (string?)el.Attribute("default") };
            case "intermediateCatchEvent":
            {
                var defs = EventDefinitions(el);
                if (defs.Count != 1) { Unsupported(el, "a catch event needs exactly one timer or message definition"); return null; }
                if (defs[0].Name.LocalName == "timerEventDefinition")
                {
                    var (duration, date) = ReadTimer(el, id, defs[0]);
                    return new NodeInfo { Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = NodeKind.IntermediateTimer,
                        TimerDuration = duration, TimerDate = date };
                }
                if (defs[0].Name.LocalName == "messageEventDefinition")
                {
                    var messageRef = (string?)defs[0].Attribute("messageRef");
                    if (messageRef is null || !_messages.TryGetValue(messageRef, out var messageName))
                    {
                        Problem(id, "MissingMessage", $"message catch '{id}' must reference a <message>");
                        messageName = messageRef ?? id;
                    }
                    return new NodeInfo { Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = NodeKind.MessageCatch,
                        MessageName = messageName };
                }
                Unsupported(el, defs[0].Name.LocalName + " catch events are not supported");
                return null;
            }
            case "boundaryEvent":
            {
                var defs = EventDefinitions(el);
                var attachedTo = (string?)el.Attribute("attachedToRef");
                var cancel = !string.Equals((string?)el.Attribute("cancelActivity"), "false", StringComparison.OrdinalIgnoreCase);
                if (defs.Count != 1) { Unsupported(el, "a boundary event needs exactly one timer or error definition"); return null; }
                if (defs[0].Name.LocalName == "timerEventDefinition")
                {
                    var (duration, date) = ReadTimer(el, id, defs[0]);
                    return new NodeInfo { Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = NodeKind.BoundaryTimer,
                        AttachedToId = attachedTo, CancelActivity = cancel, TimerDuration = duration, TimerDate = date };
                }
                if (defs[0].Name.LocalName == "errorEventDefinition")
                {
                    if (!cancel) Problem(id, "InvalidBoundary",
                        $"error boundary event '{id}' is always interrupting (cancelActivity=\"false\" is not allowed)");
                    var errorRef = (string?)defs[0].Attribute("errorRef");
                    return new NodeInfo { Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = NodeKind.BoundaryError,
                        AttachedToId = attachedTo, ErrorRef = errorRef, ErrorCode = ErrorCode(id, errorRef) };
                }
                Unsupported(el, defs[0].Name.LocalName + " boundary events are not supported");
                return null;
            }
            case "subProcess":
                if (string.Equals((string?)el.Attribute("triggeredByEvent"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    Unsupported(el, "event sub-processes are not supported");
                    return null;
                }
                CheckLoop(el);
                if (el.Element(Ns.Bpmn + "multiInstanceLoopCharacteristics") is not null)
                    Problem(id, "UnsupportedElement", $"subProcess '{id}': multi-instance sub-processes are not supported");
                return new NodeInfo { Id = id, Name = name, Names = names, ScopeId = scopeId, Kind = NodeKind.SubProcess };
            default:
                Unsupported(el);
                return null;
        }
    }

    private string? ErrorCode(string id, string? errorRef)
    {
        if (errorRef is null) return null;
        if (_errors.TryGetValue(errorRef, out var code)) return code;
        Problem(id, "MissingError", $"'{id}' references the unknown error '{errorRef}'");
        return null;
    }

    private void CheckLoop(XElement el)
    {
        if (el.Element(Ns.Bpmn + "standardLoopCharacteristics") is not null)
            Problem(Id(el), "UnsupportedElement", $"{el.Name.LocalName} '{Id(el)}': standard loops are not supported (model the loop with gateways)");
    }

    private MultiInstanceInfo? ReadMultiInstance(string id, XElement el)
    {
        var mi = el.Element(Ns.Bpmn + "multiInstanceLoopCharacteristics");
        if (mi is null) return null;
        var info = new MultiInstanceInfo
        {
            IsSequential = string.Equals((string?)mi.Attribute("isSequential"), "true", StringComparison.OrdinalIgnoreCase),
            Collection = Expr(id, (string?)mi.Attribute(Ns.Camunda + "collection")),
            ElementVariable = (string?)mi.Attribute(Ns.Camunda + "elementVariable"),
            LoopCardinality = Expr(id, mi.Element(Ns.Bpmn + "loopCardinality")?.Value.Trim()),
            CompletionCondition = Expr(id, mi.Element(Ns.Bpmn + "completionCondition")?.Value.Trim()),
        };
        if (info.Collection is null && info.LoopCardinality is null)
            Problem(id, "InvalidMultiInstance", $"multi-instance '{id}' needs camunda:collection or loopCardinality");
        return info;
    }

    private (string? Duration, string? Date) ReadTimer(XElement el, string id, XElement def)
    {
        if (def.Element(Ns.Bpmn + "timeCycle") is not null)
        {
            Problem(id, "UnsupportedElement", $"{el.Name.LocalName} '{id}': timer cycles are not supported");
            return (null, null);
        }
        var duration = def.Element(Ns.Bpmn + "timeDuration")?.Value.Trim();
        var date = def.Element(Ns.Bpmn + "timeDate")?.Value.Trim();
        if (string.IsNullOrEmpty(duration) && string.IsNullOrEmpty(date))
        {
            Problem(id, "InvalidTimer", $"timer '{id}' needs a timeDuration or timeDate");
            return (null, null);
        }
        if (!string.IsNullOrEmpty(duration))
        {
            if (duration.Contains("${", StringComparison.Ordinal)) Expr(id, duration);
            else if (!IsoDuration.TryParse(duration, out _)) Problem(id, "InvalidTimer", $"timer '{id}': '{duration}' is not an ISO-8601 duration");
            return (duration, null);
        }
        if (date!.Contains("${", StringComparison.Ordinal)) Expr(id, date);
        else if (!DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out _))
            Problem(id, "InvalidTimer", $"timer '{id}': '{date}' is not an ISO-8601 date");
        return (null, date);
    }

    private static List<FormFieldInfo> FormFields(XElement task)
    {
        var fields = new List<FormFieldInfo>();
        foreach (var f in task.Elements(Ns.Bpmn + "extensionElements").Elements(Ns.Camunda + "formData").Elements(Ns.Camunda + "formField"))
        {
            var id = ((string?)f.Attribute("id"))?.Trim();
            if (string.IsNullOrEmpty(id) || fields.Any(x => x.Id == id)) continue;
            var type = ((string?)f.Attribute("type"))?.Trim().ToLowerInvariant();
            var options = f.Elements(Ns.Camunda + "value")
                .Select(v => new FormFieldOption(((string?)v.Attribute("id"))?.Trim() ?? "", (string?)v.Attribute("name")))
                .Where(v => v.Id.Length > 0).ToList();
            var required = f.Elements(Ns.Camunda + "validation").Elements(Ns.Camunda + "constraint")
                .Any(c => string.Equals((string?)c.Attribute("name"), "required", StringComparison.OrdinalIgnoreCase));
            fields.Add(new FormFieldInfo(id, (string?)f.Attribute("label"), type != null && FormFieldInfo.Types.Contains(type) ? type : "string",
                options, required, (string?)f.Attribute("defaultValue")));
        }
        return fields;
    }

    private string? Expr(string elementId, string? text, bool script = false)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            _expressions.Get(text, script);
        }
        catch (ExpressionRejectedException e)
        {
            Problem(elementId, "InvalidExpression", $"'{elementId}': expression '{Shorten(text)}' is rejected: {e.Message}");
        }
        return text;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
