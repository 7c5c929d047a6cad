using HuijinCardHub.Data.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuijinCardHub.Payments.Data.Migrations;

/// <summary>Written once for SQLite and PostgreSQL: column types come from the CLR types.</summary>
[DbContext(typeof(PaymentsDbContext))]
[Migration("20261202190001_PaymentsInitial")]
internal sealed class PaymentsInitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("Payments_Payments", t => new
        {
            Id = t.Identity(),
            PaymentNo = t.Column<string>(nullable: false),
            Purpose = t.Column<int>(nullable: false),
            OrderNo = t.Column<string>(nullable: true),
            UserId = t.Column<string>(nullable: true),
            SiteId = t.Column<long>(nullable: true),
            ChannelId = t.Column<long>(nullable: false),
            Provider = t.Column<string>(nullable: false),
            Method = t.Column<string>(nullable: false),
            AmountFen = t.Column<long>(nullable: false),
            FeeFen = t.Column<long>(nullable: false),
            RefundedFen = t.Column<long>(nullable: false),
            Status = t.Column<int>(nullable: false),
            PaidTheOrder = t.Column<bool>(nullable: false),
            GatewayTradeNo = t.Column<string>(nullable: true),
            Problem = t.Column<string>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ExpiresUtc = t.Column<DateTime>(nullable: false),
            PaidUtc = t.Column<DateTime>(nullable: true),
            LastQueriedUtc = t.Column<DateTime>(nullable: true),
            QueryCount = t.Column<int>(nullable: false),
            RequestId = t.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Payments_Payments", x => x.Id));
        migrationBuilder.CreateIndex("IX_Payments_Payments_PaymentNo", "Payments_Payments", "PaymentNo", unique: true);
        migrationBuilder.CreateIndex("IX_Payments_Payments_OrderNo", "Payments_Payments", "OrderNo");
        migrationBuilder.CreateIndex("IX_Payments_Payments_Status_ExpiresUtc", "Payments_Payments", ["Status", "ExpiresUtc"]);
        migrationBuilder.CreateIndex("IX_Payments_Payments_UserId_RequestId", "Payments_Payments", ["UserId", "RequestId"]);

        migrationBuilder.CreateTable("Payments_Channels", t => new
        {
            Id = t.Identity(),
            SiteId = t.Column<long>(nullable: true),
            Provider = t.Column<string>(nullable: false),
            Method = t.Column<string>(nullable: false),
            NameZh = t.Column<string>(nullable: false),
            NameEn = t.Column<string>(nullable: false),
            Enabled = t.Column<bool>(nullable: false),
            DisplayOrder = t.Column<int>(nullable: false),
            FeeFixedFen = t.Column<long>(nullable: false),
            FeeRateBasisPoints = t.Column<int>(nullable: false),
            MinFen = t.Column<long>(nullable: false),
            MaxFen = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Payments_Channels", x => x.Id));
        migrationBuilder.CreateIndex("IX_Payments_Channels_SiteId_Enabled_DisplayOrder", "Payments_Channels", ["SiteId", "Enabled", "DisplayOrder"]);

        migrationBuilder.CreateTable("Payments_Notifications", t => new
        {
            Id = t.Identity(),
            Source = t.Column<int>(nullable: false),
            ChannelId = t.Column<long>(nullable: false),
            Provider = t.Column<string>(nullable: false),
            HttpMethod = t.Column<string>(nullable: false),
            QueryString = t.Column<string>(nullable: false),
            HeadersJson = t.Column<string>(nullable: false),
            ContentType = t.Column<string>(nullable: true),
            Body = t.Column<byte[]>(nullable: false),
            RemoteIp = t.Column<string>(nullable: true),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
            Outcome = t.Column<int>(nullable: false),
            Verdict = t.Column<string>(nullable: false),
            Problem = t.Column<string>(nullable: true),
            PaymentNo = t.Column<string>(nullable: true),
            GatewayState = t.Column<string>(nullable: true),
            Acknowledged = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Payments_Notifications", x => x.Id));
        migrationBuilder.CreateIndex("IX_Payments_Notifications_PaymentNo", "Payments_Notifications", "PaymentNo");
        migrationBuilder.CreateIndex("IX_Payments_Notifications_ReceivedUtc", "Payments_Notifications", "ReceivedUtc");

        migrationBuilder.CreateTable("Payments_Refunds", t => new
        {
            Id = t.Identity(),
            RefundNo = t.Column<string>(nullable: false),
            PaymentId = t.Column<long>(nullable: false),
            PaymentNo = t.Column<string>(nullable: false),
            OrderNo = t.Column<string>(nullable: true),
            AmountFen = t.Column<long>(nullable: false),
            Reason = t.Column<string>(nullable: false),
            Reference = t.Column<string>(nullable: false),
            Status = t.Column<int>(nullable: false),
            GatewayRefundNo = t.Column<string>(nullable: true),
            Problem = t.Column<string>(nullable: true),
            Attempts = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            CompletedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Payments_Refunds", x => x.Id));
        migrationBuilder.CreateIndex("IX_Payments_Refunds_RefundNo", "Payments_Refunds", "RefundNo", unique: true);
        migrationBuilder.CreateIndex("IX_Payments_Refunds_Reference", "Payments_Refunds", "Reference", unique: true);
        migrationBuilder.CreateIndex("IX_Payments_Refunds_PaymentId", "Payments_Refunds", "PaymentId");
        migrationBuilder.CreateIndex("IX_Payments_Refunds_Status", "Payments_Refunds", "Status");
    }
}
