// Which Phaser renderer to use. ?renderer=canvas|webgl decides when given. Otherwise WebGL, unless
// the browser only has a software rasteriser (SwiftShader, llvmpipe: no GPU, as in headless test
// machines or some locked-down PCs), where Phaser's WebGL path runs at a few frames a second and
// the Canvas renderer at full speed.
import type { RendererChoice } from '../state/urlOptions.ts';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export function isSoftwareRenderer(description: string): boolean {
  return SOFTWARE.test(description);
}

/** The WebGL renderer's name ("ANGLE (…SwiftShader…)", "Apple M2", …) or null without WebGL. */
function webglRendererName(): string | null {
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

export function pickRenderer(requested: RendererChoice, rendererName: () => string | null = webglRendererName): 'canvas' | 'webgl' {
  if (requested !== 'auto') return requested;
  const name = rendererName();
  return name === null || isSoftwareRenderer(name) ? 'canvas' : 'webgl';
}
