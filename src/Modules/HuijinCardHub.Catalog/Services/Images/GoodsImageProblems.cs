using HuijinCardHub.Text;

namespace HuijinCardHub.Catalog.Services.Images;

/// <summary>What the merchant is told when a picture is refused.</summary>
internal static class GoodsImageProblems
{
    public static readonly Bilingual Missing = new("请选择一张图片", "Choose a picture to upload");

    public static readonly Bilingual TooLarge = new(
        $"图片不能超过 {GoodsImageLimits.MaxBytes / 1024 / 1024} MB",
        $"The picture cannot be larger than {GoodsImageLimits.MaxBytes / 1024 / 1024} MB");

    public static readonly Bilingual NotAPicture = new(
        "只能上传 PNG、JPEG、WebP 或 GIF 图片（文件内容不是这几种图片）",
        "Only PNG, JPEG, WebP or GIF pictures can be uploaded (the file's content is none of these)");

    public static readonly Bilingual TooManyPixels = new(
        $"图片尺寸过大：宽和高都不能超过 {GoodsImageLimits.MaxSide} 像素",
        $"The picture is too big: width and height can be at most {GoodsImageLimits.MaxSide} pixels");

    public static readonly Bilingual Damaged = new("图片已损坏，无法读取", "The picture is damaged and cannot be read");
}
