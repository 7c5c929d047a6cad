using HuijinCardHub.CardCodes.Domain;
using HuijinCardHub.CardCodes.Services;
using HuijinCardHub.Catalog;

namespace HuijinCardHub.CardCodes.Models;

internal sealed record CodeStockIndexModel(
    IReadOnlyList<StockLine> Summary,
    long? GoodsId,
    long? VariantId,
    CodeStatus? Status,
    CodePage? Codes,
    IReadOnlyList<CodeBatch> Batches,
    bool CanReveal,
    int Samples);

internal sealed record CodeImportModel(CodeImportForm Form, IReadOnlyList<string> Errors, CodeImportReport? Report);

internal sealed record CodeRevealModel(long GoodsId, DeliveredCode Code);
