using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace HuijinCardHub.Kernel.Mvc;

/// <summary>
/// MVC's own provider takes public controllers only, so a controller that wanted a module's internal services by
/// constructor had to be public and fetch them from the request's service provider instead. This one also takes
/// internal, top-level, concrete subclasses of <see cref="ControllerBase"/>: controllers are internal sealed like
/// everything else a module keeps to itself, and their constructors name what they use.
/// </summary>
internal sealed class ModuleControllerFeatureProvider : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (base.IsController(typeInfo))
        {
            return true;
        }

        return typeInfo is { IsClass: true, IsAbstract: false, IsNested: false, IsPublic: false, ContainsGenericParameters: false }
            && typeof(ControllerBase).IsAssignableFrom(typeInfo)
            && !typeInfo.IsDefined(typeof(NonControllerAttribute));
    }
}
