namespace HuijinCardHub.Bench;

/// <summary>A fresh app-data folder for one benchmark, removed afterwards.</summary>
internal sealed class TempAppData : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("huijin-bench-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // The host may still hold the SQLite file a moment after being killed; the OS cleans /tmp.
        }
    }
}
