namespace Ektu.Qa.Kernel.Web.Uploads;

/// <summary>
/// An upload endpoint's multipart form as the modules' APIs post it: the part named <c>file</c> (name and content, empty
/// when absent) and <c>version</c>, the version of the record the file is attached to (0 when absent or not a number).
/// </summary>
public sealed record FormUpload(string FileName, int Version, Stream? Content);
