// Deliberately broken: parses, but returns a variable that was never bound. The lint must reject this file.
// @param ringId: ring id
MATCH (g:Ring {id: $ringId})
RETURN ring;
