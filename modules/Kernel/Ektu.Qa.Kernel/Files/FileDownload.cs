namespace Ektu.Qa.Kernel.Files;

/// <summary>A file to send: name, content type and an open stream the caller disposes (the result that sends it does).</summary>
public sealed record FileDownload(string FileName, string ContentType, Stream Content);
