namespace Ektu.Qa.Kernel.Export;

/// <summary>A column of an exported sheet: its localized header and how to read a row's value.</summary>
public sealed record ExcelColumn<T>(string Header, Func<T, object?> Value);
