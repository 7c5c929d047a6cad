using System.Diagnostics;
using System.Runtime.InteropServices;

namespace HuijinCardHub.Bench;

/// <summary>What the figures were measured on, so two runs are only compared like with like.</summary>
internal sealed record MachineInfo(int Cores, string Cpu, string OperatingSystem, string Runtime, string Sdk, string Commit)
{
    public static async Task<MachineInfo> ReadAsync(CancellationToken cancellationToken) => new(
        Environment.ProcessorCount,
        FirstValue("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString(),
        FirstValue("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        await OutputOfAsync("dotnet", "--version", cancellationToken),
        await OutputOfAsync("git", "rev-parse --short HEAD", cancellationToken));

    private static string? FirstValue(string file, string key, char separator)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Where(line => line.StartsWith(key, StringComparison.Ordinal) && line.Contains(separator, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(separator, StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }

    private static async Task<string> OutputOfAsync(string program, string arguments, CancellationToken cancellationToken)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepositoryFolder.Root,
            })!;
            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0 ? output.Trim() : "?";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
