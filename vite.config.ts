import type { ConfigEnv, PluginOption, UserConfig, UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

const customConfig: UserConfigFn = (env) => ({
  // Here you can add custom Vite parameters
  // https://vitejs.dev/config/
});

const vaadinConfig = overrideVaadinConfig(customConfig) as (env: ConfigEnv) => UserConfig;

const isTypeChecker = (plugin: PluginOption) =>
  !!plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'vite-plugin-checker';

/**
 * In a production build, Vaadin's type-checking plugin starts before its file router has written
 * generated/file-routes.ts, and on a fresh checkout now and then fails on that missing import. The build checks the
 * types itself once everything is generated (tsc, in backend/pom.xml's production profile); development keeps the
 * plugin's overlay.
 */
export default (env: ConfigEnv): UserConfig => {
  const config = vaadinConfig(env);
  if (env.command !== 'build') {
    return config;
  }
  return { ...config, plugins: (config.plugins ?? []).flat(Infinity as 1).filter((plugin) => !isTypeChecker(plugin)) };
};
