using HuijinCardHub.Theming;

namespace HuijinCardHub.Tests.Theming;

[LiquidModel]
public sealed record PageModel(string Title, string BodyHtml, CardSecret? Secret = null, IReadOnlyList<LinkModel>? Links = null);

[LiquidModel]
public sealed record LinkModel(string Title, string Url);

/// <summary>Not marked [LiquidModel]: nothing of it may reach a template.</summary>
public sealed record CardSecret(string Code, string Password);

/// <summary>An order page's model as a template sees it: line numbers and code ids, no code values.</summary>
[LiquidModel]
public sealed record OrderPageModel(string OrderNo, IReadOnlyList<OrderPageLine> Lines);

[LiquidModel]
public sealed record OrderPageLine(int Number, string GoodsName, IReadOnlyList<long> CodeIds);
