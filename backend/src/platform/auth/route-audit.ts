// Walks every controller route of a booted app and lists those that declare no access rule.
import { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE } from './access';

export interface RouteInfo {
  controller: string;
  handler: string;
  method: string;
  path: string;
  hasRule: boolean;
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];

export function listRoutes(app: INestApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const type = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!type) continue;
      const base = Reflect.getMetadata(PATH_METADATA, type) ?? '';
      const classRule = Reflect.getMetadata(ACCESS_RULE, type);
      const proto = type.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name === 'constructor') continue;
        const fn = proto[name];
        if (typeof fn !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, fn);
        if (path === undefined) continue;
        const method = METHODS[Reflect.getMetadata(METHOD_METADATA, fn) as number] ?? '?';
        routes.push({
          controller: type.name,
          handler: name,
          method,
          path: `/${[base, path].flat().join('/')}`.replace(/\/+/g, '/').replace(/\/$/, '') || '/',
          hasRule: !!(Reflect.getMetadata(ACCESS_RULE, fn) ?? classRule),
        });
      }
    }
  }
  return routes;
}

export function routesWithoutRule(app: INestApplication): RouteInfo[] {
  return listRoutes(app).filter((r) => !r.hasRule);
}
