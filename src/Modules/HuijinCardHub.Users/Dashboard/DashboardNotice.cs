using HuijinCardHub.Text;

namespace HuijinCardHub.Users.Dashboard;

/// <summary>A warning strip on the dashboard with one link to fix it (public: a Razor view's model).</summary>
public sealed record DashboardNotice(string? Id, Bilingual Text, Bilingual LinkText, string Link);
