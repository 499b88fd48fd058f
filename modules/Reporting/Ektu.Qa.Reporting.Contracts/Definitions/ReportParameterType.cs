namespace Ektu.Qa.Reporting.Definitions;

/// <summary>The type of a report parameter: how it is parsed and validated.</summary>
public enum ReportParameterType
{
    Text,
    Integer,
    Date,
    Choice,
    Unit,
}
