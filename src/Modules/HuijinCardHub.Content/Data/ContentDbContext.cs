using HuijinCardHub.Content.Domain;
using HuijinCardHub.Data;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Content.Data;

internal sealed class ContentDbContext(DbContextOptions<ContentDbContext> options) : ModuleDbContext(options)
{
    public override string ModulePrefix => "Content";

    public DbSet<Page> Pages => Set<Page>();

    public DbSet<Announcement> Announcements => Set<Announcement>();

    public DbSet<Banner> Banners => Set<Banner>();

    public DbSet<NavigationLink> NavigationLinks => Set<NavigationLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Page>(e =>
        {
            e.ToTable("Pages");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => x.Slug).IsUnique();
        });
        modelBuilder.Entity<Announcement>(e =>
        {
            e.ToTable("Announcements");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Ignore(x => x.ShownDateUtc);
        });
        modelBuilder.Entity<Banner>(e =>
        {
            e.ToTable("Banners");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        modelBuilder.Entity<NavigationLink>(e =>
        {
            e.ToTable("NavigationLinks");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
        });
        base.OnModelCreating(modelBuilder);
    }
}
