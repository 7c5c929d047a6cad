using System.Buffers.Binary;

namespace HuijinCardHub.CardCodes.Services;

/// <summary>Keyed hashes as dictionary keys: compared by content.</summary>
internal sealed class ByteArrayComparer : IEqualityComparer<byte[]>
{
    public static readonly ByteArrayComparer Instance = new();

    public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

    /// <summary>The bytes are an HMAC already: the first four are as good a hash as any.</summary>
    public int GetHashCode(byte[] obj) => obj.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(obj) : obj.Length;
}
