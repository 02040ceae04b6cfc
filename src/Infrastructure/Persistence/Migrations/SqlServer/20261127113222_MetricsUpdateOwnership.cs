using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AnalisaAI.Api.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MetricsUpdateOwnership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Influencers_UpdatedAt",
                table: "Influencers");

            migrationBuilder.AddColumn<string>(
                name: "InstanceId",
                table: "MetricRuns",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastViewedAt",
                table: "Influencers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MetricsUpdateInstances",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SeenAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetricsUpdateInstances", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MetricRuns_PendingManual",
                table: "MetricRuns",
                column: "InfluencerId",
                unique: true,
                filter: "\"Status\" = 'Running' AND \"Trigger\" = 'Manual'");

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_LastViewedAt",
                table: "Influencers",
                column: "LastViewedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_UpdatedAt_Id",
                table: "Influencers",
                columns: new[] { "UpdatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MetricsUpdateInstances");

            migrationBuilder.DropIndex(
                name: "IX_MetricRuns_PendingManual",
                table: "MetricRuns");

            migrationBuilder.DropIndex(
                name: "IX_Influencers_LastViewedAt",
                table: "Influencers");

            migrationBuilder.DropIndex(
                name: "IX_Influencers_UpdatedAt_Id",
                table: "Influencers");

            migrationBuilder.DropColumn(
                name: "InstanceId",
                table: "MetricRuns");

            migrationBuilder.DropColumn(
                name: "LastViewedAt",
                table: "Influencers");

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_UpdatedAt",
                table: "Influencers",
                column: "UpdatedAt");
        }
    }
}
