using System.Xml.Linq;

namespace Ektu.Qa.Workflow.Engine.Parsing;

internal static class Ns
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";
    public static readonly XNamespace Qa = "http://ektu.kz/schema/qa/bpmn";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
}
