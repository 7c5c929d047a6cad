namespace HuijinCardHub.Catalog.Models;

/// <summary>The picture box under a goods' edit form: the picture it has, and where to send a new one.</summary>
internal sealed record GoodsImageUploadModel(long GoodsId, string? ImageUrl);
